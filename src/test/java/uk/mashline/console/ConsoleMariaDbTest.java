package uk.mashline.console;

import io.micronaut.context.MessageSource;
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
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.MariaDbTest;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's SQL (queue, filters, repeat contacts, throttle, settings, purge, dashboard) on a real MariaDB. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleMariaDbTest extends MariaDbTest {

    @Inject
    ConversationQueries queries;

    @Inject
    MessageSource messages;

    @Inject
    StaffUsers users;

    @Inject
    RetentionPurge purge;

    @Inject
    DashboardQueries dashboard;

    @Inject
    DataSource dataSource;

    @Inject
    @Client("/")
    HttpClient client;

    ConsoleTestData data;

    @BeforeAll
    void setUp() {
        StaffAccountsForTests.ensure(users);
        data = new ConsoleTestData(dataSource);
    }

    @Test
    void theStaffListQueryRunsOnMariaDb() {
        Instant now = ConsoleTestData.now();
        String p = "p-maria";
        String risk = data.conversation(p, "SMS", "+447700900301", "IMMEDIATE_RISK", "NEW", now.minusSeconds(7200), now.minusSeconds(7100), 2);
        String repeat = data.conversation(p, "SMS", "+447700900301", "REPORT_CONCERN", "IN_REVIEW", now.minusSeconds(60), now.minusSeconds(30), 3);
        String web = data.conversation(p, "WEB", null, "GREETING", "REVIEWED", now.minusSeconds(600), now.minusSeconds(500), 1);

        ConversationPage page = queries.page(ConversationFilter.parse(p, null, null, null, null, null, null, messages), 0, 10);
        assertEquals(List.of(risk, repeat, web), page.content().stream().map(ConversationSummary::id).toList());
        assertEquals(1, page.unreviewedCount());
        assertEquals(1, page.content().get(1).previousContacts());
        assertEquals("+44 77** ***301", page.content().get(1).sender());

        ConversationPage sms = queries.page(ConversationFilter.parse(p, "SMS", "REPORT_CONCERN", "IN_REVIEW",
                now.minus(Duration.ofDays(1)).toString(), now.toString().substring(0, 10), null, messages), 0, 1);
        assertEquals(1, sms.totalSize());
        assertEquals(repeat, sms.content().get(0).id());

        Map<?, ?> api = client.toBlocking().retrieve(StaffAccountsForTests.asReviewer(
                HttpRequest.GET("/api/staff/conversations?partnership=" + p + "&page=0&size=2")), Map.class);
        assertEquals(3, ((Number) api.get("totalSize")).intValue());
        assertEquals(2, ((Number) api.get("totalPages")).intValue());

        assertTrue(dashboard.lastDays(7, null).totalContacts() >= 3);
        // a reviewer scoped to the partnership counts its conversations alone (the IN list on MariaDB)
        assertEquals(3, dashboard.lastDays(7, Set.of(p, "p-maria-elsewhere")).totalContacts());
    }

    @Test
    void reviewThrottleSettingsAndPurgeRunOnMariaDb() {
        Instant now = ConsoleTestData.now();
        Instant old = now.minus(Duration.ofDays(500));
        String expired = data.conversation("p-maria-ret", "SMS", null, "GREETING", "NEW", old, old, 1);
        data.message(expired, "IN", "hello", "GREETING", null, null, null, null, old);
        String kept = data.conversation("p-maria-ret", "SMS", null, "IMMEDIATE_RISK", "NEW", old, old, 1);
        client.toBlocking().exchange(StaffAccountsForTests.asReviewer(HttpRequest.POST("/api/staff/conversations/" + kept + "/review",
                Map.of("status", "NEEDS_FOLLOW_UP", "note", "call back"))));
        assertTrue(purge.purge(AuditLog.SYSTEM, false) >= 1);
        assertEquals(0, data.count("SELECT COUNT(*) FROM message WHERE conversation_id = ?", expired));
        assertEquals(1, data.count("SELECT COUNT(*) FROM conversation WHERE id = ?", kept));

        client.toBlocking().exchange(StaffAccountsForTests.asAdmin(HttpRequest.PUT("/api/staff/retention", Map.of("days", 200))));
        client.toBlocking().exchange(StaffAccountsForTests.asAdmin(HttpRequest.PUT("/api/staff/retention", Map.of("days", 300))));
        assertEquals("300", data.string("SELECT `value` FROM console_setting WHERE name = 'retention_days'"));

        for (int i = 0; i < 5; i++) {
            assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                    HttpRequest.GET("/api/staff/conversations").basicAuth("maria.nobody", "wrong")));
        }
        HttpClientResponseException locked = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.GET("/api/staff/conversations").basicAuth("maria.nobody", "wrong")));
        assertEquals(429, locked.getStatus().getCode());
    }
}
