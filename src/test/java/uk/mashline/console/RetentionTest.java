package uk.mashline.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.persistence.AuditEventRepository;
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retention purge deletes old conversations and their messages, but keeps NEEDS_FOLLOW_UP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    RetentionPurge purge;

    @Inject
    StaffUsers users;

    @Inject
    DataSource dataSource;

    @Inject
    AuditEventRepository auditEvents;

    ConsoleTestData data;

    @BeforeAll
    void setUp() {
        StaffAccountsForTests.ensure(users);
        data = new ConsoleTestData(dataSource);
    }

    @Test
    void purgeKeepsFollowUpsAndRecentConversationsAndIsAudited() {
        Instant now = ConsoleTestData.now();
        Instant old = now.minus(Duration.ofDays(401));
        String expired = data.conversation("p-ret", "SMS", "+447700900901", "REPORT_CONCERN", "REVIEWED", old, old, 1);
        data.message(expired, "IN", "old message", "REPORT_CONCERN", null, null, null, null, old);
        String followUp = data.conversation("p-ret", "SMS", "+447700900902", "IMMEDIATE_RISK", "NEEDS_FOLLOW_UP", old, old, 1);
        data.message(followUp, "IN", "kept message", "IMMEDIATE_RISK", null, null, null, null, old);
        String recent = data.conversation("p-ret", "WEB", null, "GREETING", "NEW", now.minus(Duration.ofDays(399)), now.minus(Duration.ofDays(399)), 1);

        assertEquals(1, purge.purge(AuditLog.SYSTEM, false));
        assertEquals(0, data.count("SELECT COUNT(*) FROM conversation WHERE id = ?", expired));
        assertEquals(0, data.count("SELECT COUNT(*) FROM message WHERE conversation_id = ?", expired), "messages cascade");
        assertEquals(1, data.count("SELECT COUNT(*) FROM conversation WHERE id = ?", followUp));
        assertEquals(1, data.count("SELECT COUNT(*) FROM message WHERE conversation_id = ?", followUp));
        assertEquals(1, data.count("SELECT COUNT(*) FROM conversation WHERE id = ?", recent));
        assertTrue(auditEvents.findByActorOrderByIdAsc(AuditLog.SYSTEM).stream()
                .anyMatch(e -> e.action().equals("RETENTION_PURGE") && e.detail().startsWith("deleted=1 ")));

        // an ADMIN shortens the period: the 399-day-old conversation goes too
        Map<?, ?> changed = client.toBlocking().retrieve(StaffAccountsForTests.asAdmin(HttpRequest.PUT("/api/staff/retention",
                Map.of("days", 365))), Map.class);
        assertEquals(365, ((Number) changed.get("days")).intValue());
        assertEquals("setting", changed.get("source"));
        Map<?, ?> result = client.toBlocking().retrieve(StaffAccountsForTests.asAdmin(HttpRequest.POST("/api/staff/retention/purge", Map.of())), Map.class);
        assertEquals(1, ((Number) result.get("deleted")).intValue());
        assertEquals(0, data.count("SELECT COUNT(*) FROM conversation WHERE id = ?", recent));
        assertEquals(1, data.count("SELECT COUNT(*) FROM conversation WHERE id = ?", followUp));
        assertTrue(auditEvents.findByActorOrderByIdAsc(StaffAccountsForTests.ADMIN).stream()
                .anyMatch(e -> e.action().equals("RETENTION_CHANGE") && e.detail().equals("days 400->365")));

        HttpClientResponseException tooShort = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(StaffAccountsForTests.asAdmin(HttpRequest.PUT("/api/staff/retention", Map.of("days", 1)))));
        assertEquals(400, tooShort.getStatus().getCode());
    }
}
