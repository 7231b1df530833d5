package uk.mashline.console;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.testsupport.ConsoleHttp;
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.mashline.testsupport.ConsoleHttp.body;

/** A reviewer scoped to one partnership sees only its conversations: queue, detail, review; unscoped sees all. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ReviewerScopeTest {

    private static final String PASSWORD = "violet harbour tram 7";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StaffUsers users;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    ConsoleHttp console;
    ConsoleTestData data;
    long scopedId;
    String medwayId;
    String sandwellId;

    @BeforeAll
    void setUp() throws IOException {
        StaffAccountsForTests.ensure(users);
        console = new ConsoleHttp(client);
        data = new ConsoleTestData(dataSource);
        Instant now = ConsoleTestData.now();
        medwayId = data.conversation("medway", "SMS", "+447700900501", "REPORT_CONCERN", "NEW", now, now, 1);
        sandwellId = data.conversation("sandwell", "SMS", "+447700900502", "IMMEDIATE_RISK", "NEW", now, now, 1);
        HttpResponse<String> created = console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.POST("/api/staff/users",
                Map.of("username", "scoped.reviewer", "role", "REVIEWER", "password", PASSWORD))));
        scopedId = ((Number) json.readValue(body(created), Map.class).get("id")).longValue();
    }

    private String ids(HttpRequest<?> request) {
        return body(console.exchange((io.micronaut.http.MutableHttpRequest<?>) request));
    }

    @Test
    void aScopedReviewerSeesOnlyTheirPartnerships() {
        // unscoped: every partnership, as before
        assertTrue(ids(HttpRequest.GET("/api/staff/conversations?size=200").basicAuth("scoped.reviewer", PASSWORD)).contains(sandwellId));

        HttpResponse<String> refused = console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.PUT(
                "/api/staff/users/" + scopedId + "/partnerships", Map.of("partnerships", List.of("nowhere")))));
        assertEquals(400, refused.code());
        HttpResponse<String> set = console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.PUT(
                "/api/staff/users/" + scopedId + "/partnerships", Map.of("partnerships", List.of("medway")))));
        assertEquals(200, set.code(), body(set));
        assertTrue(body(console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.GET("/api/staff/users/" + scopedId + "/partnerships"))))
                .contains("medway"));

        String queue = ids(HttpRequest.GET("/api/staff/conversations?size=200").basicAuth("scoped.reviewer", PASSWORD));
        assertTrue(queue.contains(medwayId), queue);
        assertFalse(queue.contains(sandwellId), "another partnership's conversation is not listed");
        assertFalse(ids(HttpRequest.GET("/api/staff/conversations?partnership=sandwell").basicAuth("scoped.reviewer", PASSWORD)).contains(sandwellId),
                "not even when asked for by name");
        assertEquals(404, console.exchange(HttpRequest.GET("/api/staff/conversations/" + sandwellId).basicAuth("scoped.reviewer", PASSWORD)).code());
        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/conversations/" + medwayId).basicAuth("scoped.reviewer", PASSWORD)).code());
        assertEquals(404, console.exchange(HttpRequest.POST("/api/staff/conversations/" + sandwellId + "/review", Map.of("status", "REVIEWED"))
                .basicAuth("scoped.reviewer", PASSWORD)).code());
        assertEquals("NEW", data.string("SELECT review_status FROM conversation WHERE id = ?", sandwellId), "nothing changed");

        // administrators, and the other reviewers, still see every partnership
        assertTrue(ids(StaffAccountsForTests.asReviewer(HttpRequest.GET("/api/staff/conversations?size=200"))).contains(sandwellId));
        String csv = ids(StaffAccountsForTests.asAdmin(HttpRequest.GET("/api/staff/conversations.csv")));
        assertTrue(csv.contains(sandwellId) && csv.contains(medwayId));

        // back to all
        console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.PUT("/api/staff/users/" + scopedId + "/partnerships",
                Map.of("partnerships", List.of()))));
        assertTrue(ids(HttpRequest.GET("/api/staff/conversations?size=200").basicAuth("scoped.reviewer", PASSWORD)).contains(sandwellId));
    }

    @Test
    void aScopedReviewersDashboardCountsOnlyTheirPartnerships() throws IOException {
        HttpResponse<String> created = console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.POST("/api/staff/users",
                Map.of("username", "dashboard.reviewer", "role", "REVIEWER", "password", PASSWORD))));
        long id = ((Number) json.readValue(body(created), Map.class).get("id")).longValue();
        assertEquals(200, console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.PUT("/api/staff/users/" + id + "/partnerships",
                Map.of("partnerships", List.of("medway"))))).code());
        Instant now = ConsoleTestData.now();
        // a reviewed Sandwell conversation: its time to first review is Sandwell's too
        String reviewed = data.conversation("sandwell", "WEB", null, "REPORT_CONCERN", "REVIEWED", now.minusSeconds(1200), now, 1);
        data.execute("UPDATE conversation SET first_reviewed_at = ? WHERE id = ?",
                java.time.LocalDateTime.ofInstant(now.minusSeconds(600), java.time.ZoneOffset.UTC), reviewed);

        Map<?, ?> everyone = json.readValue(body(console.exchange(StaffAccountsForTests.asAdmin(
                HttpRequest.GET("/api/staff/dashboard?days=7")))), Map.class);
        Map<?, ?> scoped = json.readValue(body(console.exchange(
                HttpRequest.GET("/api/staff/dashboard?days=7").basicAuth("dashboard.reviewer", PASSWORD))), Map.class);

        long medway = data.count("SELECT COUNT(*) FROM conversation WHERE partnership_id = 'medway'");
        assertTrue(((Number) everyone.get("totalContacts")).longValue() > medway, String.valueOf(everyone));
        assertEquals(medway, ((Number) scoped.get("totalContacts")).longValue(), String.valueOf(scoped));
        assertEquals(0L, sum(scoped, "IMMEDIATE_RISK"), "Sandwell's immediate-risk conversation is not counted: " + scoped);
        assertTrue(sum(everyone, "IMMEDIATE_RISK") >= 1, String.valueOf(everyone));
        assertTrue(((Number) everyone.get("reviewedCount")).longValue() >= 1, String.valueOf(everyone));
        assertEquals(0L, ((Number) scoped.get("reviewedCount")).longValue(), String.valueOf(scoped));
    }

    private static long sum(Map<?, ?> dashboard, String route) {
        return ((List<?>) ((Map<?, ?>) dashboard.get("byRoute")).get(route)).stream()
                .mapToLong(n -> ((Number) n).longValue()).sum();
    }
}
