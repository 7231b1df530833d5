package uk.mashline.console;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
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
import uk.mashline.persistence.AuditEventRow;
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.mashline.testsupport.StaffAccountsForTests.asAdmin;
import static uk.mashline.testsupport.StaffAccountsForTests.asReviewer;

/** The staff JSON API over HTTP Basic: access rules, the risk-first queue, detail, review, export. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffApiTest {

    @Inject
    @Client("/")
    HttpClient client;

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
    void withoutCredentialsTheApiAnswers401() {
        assertEquals(401, status(HttpRequest.GET("/api/staff/conversations")));
        assertEquals(401, status(HttpRequest.GET("/api/staff/dashboard")));
        assertEquals(401, status(HttpRequest.GET("/api/staff/users")));
    }

    @Test
    void aWrongPasswordAnswers401() {
        assertEquals(401, status(HttpRequest.GET("/api/staff/conversations").basicAuth(StaffAccountsForTests.REVIEWER, "not the password")));
    }

    @Test
    void aReviewerGets403OnAdminEndpoints() {
        assertEquals(200, status(asReviewer(HttpRequest.GET("/api/staff/conversations"))));
        assertEquals(403, status(asReviewer(HttpRequest.GET("/api/staff/users"))));
        assertEquals(403, status(asReviewer(HttpRequest.POST("/api/staff/users", Map.of("username", "x.y.z", "role", "ADMIN", "password", "long enough password")))));
        assertEquals(403, status(asReviewer(HttpRequest.GET("/api/staff/audit"))));
        assertEquals(403, status(asReviewer(HttpRequest.GET("/api/staff/retention"))));
        assertEquals(403, status(asReviewer(HttpRequest.PUT("/api/staff/retention", Map.of("days", 100)))));
        assertEquals(403, status(asReviewer(HttpRequest.GET("/api/staff/conversations.csv"))));
        assertEquals(200, status(asAdmin(HttpRequest.GET("/api/staff/users"))));
        assertEquals(200, status(asAdmin(HttpRequest.GET("/api/staff/audit"))));
    }

    @Test
    void theQueueIsRiskFirstThenNewest() {
        String p = partnership();
        Instant now = ConsoleTestData.now();
        String oldRisk = data.conversation(p, "SMS", "+447700900001", "IMMEDIATE_RISK", "NEW", now.minusSeconds(7200), now.minusSeconds(7000), 2);
        String reviewedRisk = data.conversation(p, "SMS", "+447700900002", "IMMEDIATE_RISK", "REVIEWED", now.minusSeconds(600), now.minusSeconds(500), 2);
        String newest = data.conversation(p, "WEB", "web-abc123", "GREETING", "NEW", now.minusSeconds(100), now.minusSeconds(60), 2);
        String middle = data.conversation(p, "VOICE", "+447700900003", "REPORT_CONCERN", "IN_REVIEW", now.minusSeconds(3600), now.minusSeconds(3000), 4);

        Map<?, ?> page = asAdminJson("/api/staff/conversations?partnership=" + p);
        List<?> content = (List<?>) page.get("content");
        assertEquals(List.of(oldRisk, newest, reviewedRisk, middle), content.stream().map(c -> ((Map<?, ?>) c).get("id")).toList());
        assertEquals(4, ((Number) page.get("totalSize")).intValue());
        assertEquals(2, ((Number) page.get("unreviewedCount")).intValue());
        Map<?, ?> first = (Map<?, ?>) content.get(0);
        assertEquals("IMMEDIATE_RISK", first.get("highestRoute"));
        assertEquals("+44 77** ***001", first.get("sender"));
        for (String field : List.of("id", "partnership", "channel", "startedAt", "lastMessageAt", "highestRoute",
                "reviewStatus", "messageCount", "sender", "previousContacts")) {
            assertTrue(first.containsKey(field), field + " in " + first);
        }
        assertFalse(String.valueOf(page).contains("+447700900001"), "list never shows a full number");
    }

    @Test
    void filtersAndPagingNarrowTheQueue() {
        String p = partnership();
        Instant now = ConsoleTestData.now();
        for (int i = 0; i < 5; i++) {
            data.conversation(p, i % 2 == 0 ? "SMS" : "WEB", null, "EARLY_HELP", "NEW", now.minusSeconds(1000 + i), now.minusSeconds(900 + i), 1);
        }
        data.conversation(p, "SMS", null, "COMPLAINT", "REVIEWED", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)), 1);
        assertEquals(3, total("/api/staff/conversations?partnership=" + p + "&channel=SMS&route=EARLY_HELP"));
        assertEquals(1, total("/api/staff/conversations?partnership=" + p + "&reviewStatus=REVIEWED"));
        assertEquals(5, total("/api/staff/conversations?partnership=" + p + "&from=" + now.minus(Duration.ofDays(1))));
        assertEquals(1, total("/api/staff/conversations?partnership=" + p + "&to=" + now.minus(Duration.ofDays(2)).toString().substring(0, 10)));
        Map<?, ?> second = asAdminJson("/api/staff/conversations?partnership=" + p + "&page=1&size=4");
        assertEquals(2, ((List<?>) second.get("content")).size());
        assertEquals(2, ((Number) second.get("totalPages")).intValue());
        assertEquals(400, status(asAdmin(HttpRequest.GET("/api/staff/conversations?route=NOT_A_ROUTE"))));
        assertEquals(400, status(asAdmin(HttpRequest.GET("/api/staff/conversations?from=yesterday"))));
    }

    @Test
    void previousContactsCountEarlierConversationsFromTheSameSender() {
        String p = partnership();
        String sender = "+4477009" + (10000 + (int) (Math.random() * 80000));
        Instant now = ConsoleTestData.now();
        String first = data.conversation(p, "SMS", sender, "CONSULTATION", "REVIEWED", now.minusSeconds(9000), now.minusSeconds(8900), 2);
        data.conversation(p, "SMS", sender, "CONSULTATION", "REVIEWED", now.minusSeconds(5000), now.minusSeconds(4900), 2);
        String third = data.conversation(p, "SMS", sender, "REPORT_CONCERN", "NEW", now.minusSeconds(100), now.minusSeconds(50), 2);
        String anonymous = data.conversation(p, "WEB", null, "GREETING", "NEW", now.minusSeconds(40), now.minusSeconds(30), 1);
        Map<String, Number> byId = new java.util.HashMap<>();
        for (Object c : (List<?>) asAdminJson("/api/staff/conversations?partnership=" + p).get("content")) {
            byId.put((String) ((Map<?, ?>) c).get("id"), (Number) ((Map<?, ?>) c).get("previousContacts"));
        }
        assertEquals(0, byId.get(first).intValue());
        assertEquals(2, byId.get(third).intValue());
        assertEquals(0, byId.get(anonymous).intValue());
        Map<?, ?> detail = asAdminJson("/api/staff/conversations/" + third);
        assertEquals(2, ((Number) detail.get("previousContacts")).intValue());
        assertEquals(sender, detail.get("sender"), "the detail view shows staff the full number");
        assertEquals(first, ((List<?>) detail.get("previousConversationIds")).get(1));
    }

    @Test
    void theDetailListsEveryMessageOnceInOrderAndTheViewIsAudited() {
        String p = partnership();
        Instant now = ConsoleTestData.now();
        String id = data.conversation(p, "SMS", "+447700900555", "IMMEDIATE_RISK", "NEW", now.minusSeconds(300), now.minusSeconds(100), 3);
        data.conversation(p, "SMS", "+447700900556", "GREETING", "NEW", now.minusSeconds(300), now.minusSeconds(100), 1);
        data.message(id, "IN", "he hit her and she is scared", "IMMEDIATE_RISK", "immediate_risk", 0.97, "violence-now", null, now.minusSeconds(300));
        // logged later but with an earlier clock: order follows the log (id), not the time
        data.message(id, "OUT", "Call 999 now.", "IMMEDIATE_RISK", null, null, null, "Police: 999;MASH contact card\nWorking Together 2023", now.minusSeconds(310));
        data.message(id, "IN", "ok", "GOODBYE", "goodbye", 0.8, null, null, now.minusSeconds(100));

        Map<?, ?> detail = asReviewerJson("/api/staff/conversations/" + id);
        List<?> messages = (List<?>) detail.get("messages");
        assertEquals(3, messages.size());
        assertEquals(List.of("he hit her and she is scared", "Call 999 now.", "ok"),
                messages.stream().map(m -> ((Map<?, ?>) m).get("text")).toList());
        Map<?, ?> in = (Map<?, ?>) messages.get(0);
        assertEquals("IN", in.get("direction"));
        assertEquals("violence-now", in.get("rule"));
        assertEquals(0.97, ((Number) in.get("confidence")).doubleValue(), 1e-9);
        assertNotNull(in.get("at"));
        assertEquals(List.of("Police: 999", "MASH contact card", "Working Together 2023"), ((Map<?, ?>) messages.get(1)).get("sources"));
        assertEquals("IMMEDIATE_RISK", detail.get("highestRoute"));

        List<AuditEventRow> views = auditEvents.findByActorOrderByIdAsc(StaffAccountsForTests.REVIEWER).stream()
                .filter(e -> e.action().equals("VIEW_CONVERSATION") && id.equals(e.targetId())).toList();
        assertEquals(1, views.size());
        assertEquals(404, status(asReviewer(HttpRequest.GET("/api/staff/conversations/" + UUID.randomUUID()))));
    }

    @Test
    void aReviewIsSavedAndAuditedWithoutTheNote() {
        Instant now = ConsoleTestData.now();
        String id = data.conversation(partnership(), "SMS", "+447700900777", "IMMEDIATE_RISK", "NEW", now.minusSeconds(600), now.minusSeconds(500), 2);
        HttpResponse<Map> response = client.toBlocking().exchange(asReviewer(HttpRequest.POST(
                "/api/staff/conversations/" + id + "/review", Map.of("status", "REVIEWED", "note", "Called back; family known to CSC"))), Map.class);
        assertEquals(200, response.code());
        Map<?, ?> body = response.body();
        assertEquals("REVIEWED", body.get("reviewStatus"));
        assertEquals(StaffAccountsForTests.REVIEWER, body.get("reviewedBy"));
        assertNotNull(body.get("firstReviewedAt"));
        assertEquals("Called back; family known to CSC", body.get("reviewNote"));
        assertEquals("REVIEWED", data.string("SELECT review_status FROM conversation WHERE id = ?", id));
        String firstReviewed = data.string("SELECT first_reviewed_at FROM conversation WHERE id = ?", id);
        assertNotNull(firstReviewed);

        // a later change keeps the first review time
        client.toBlocking().exchange(asAdmin(HttpRequest.POST("/api/staff/conversations/" + id + "/review",
                Map.of("status", "NEEDS_FOLLOW_UP"))), Map.class);
        assertEquals(firstReviewed, data.string("SELECT first_reviewed_at FROM conversation WHERE id = ?", id));
        assertEquals("Called back; family known to CSC", data.string("SELECT review_note FROM conversation WHERE id = ?", id));

        List<AuditEventRow> changes = auditEvents.findByActorOrderByIdAsc(StaffAccountsForTests.REVIEWER).stream()
                .filter(e -> e.action().equals("REVIEW_CHANGE") && id.equals(e.targetId())).toList();
        assertEquals(1, changes.size());
        assertEquals("NEW->REVIEWED; note changed", changes.get(0).detail());
        assertTrue(auditEvents.findByActorOrderByIdAsc(StaffAccountsForTests.ADMIN).stream()
                .anyMatch(e -> id.equals(e.targetId()) && "REVIEWED->NEEDS_FOLLOW_UP".equals(e.detail())));
    }

    @Test
    void aBadReviewStatusAnswers400WithAMessage() {
        Instant now = ConsoleTestData.now();
        String id = data.conversation(partnership(), "SMS", null, "GREETING", "NEW", now, now, 1);
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(asReviewer(HttpRequest.POST("/api/staff/conversations/" + id + "/review",
                        Map.of("status", "DONE"))), Map.class));
        assertEquals(400, e.getStatus().getCode());
        Map<?, ?> body = e.getResponse().getBody(Map.class).orElseThrow();
        assertTrue(String.valueOf(body.get("message")).contains("NEEDS_FOLLOW_UP"), String.valueOf(body));
        assertEquals("NEW", data.string("SELECT review_status FROM conversation WHERE id = ?", id));
        assertEquals(404, status(asReviewer(HttpRequest.POST("/api/staff/conversations/" + UUID.randomUUID() + "/review",
                Map.of("status", "REVIEWED")))));
    }

    @Test
    void theCsvExportMasksNumbersHasNoMessageTextResistsFormulasAndIsAudited() {
        String p = partnership();
        Instant now = ConsoleTestData.now();
        String id = data.conversation(p, "SMS", "+447700900101", "IMMEDIATE_RISK", "NEW", now.minusSeconds(60), now, 2);
        data.message(id, "IN", "secret words about a child", "IMMEDIATE_RISK", null, null, null, null, now);
        data.conversation("=HYPERLINK(\"x\")", "WEB", "web-client-999", "GREETING", "NEW", now, now, 1);
        HttpResponse<String> csv = client.toBlocking().exchange(asAdmin(HttpRequest.GET("/api/staff/conversations.csv?partnership=" + p)), String.class);
        assertTrue(csv.getContentType().orElseThrow().toString().startsWith("text/csv"));
        String body = csv.body();
        assertTrue(body.startsWith("id,partnership,channel"), body);
        assertTrue(body.contains("'+44 77** ***101"), body);
        assertFalse(body.contains("+447700900101"));
        assertFalse(body.contains("secret words"));
        String formula = client.toBlocking().retrieve(asAdmin(HttpRequest.GET("/api/staff/conversations.csv?channel=WEB")));
        assertTrue(formula.contains("\"'=HYPERLINK(\"\"x\"\")\""), formula);
        assertFalse(formula.contains(",=HYPERLINK"));
        assertTrue(auditEvents.findByActorOrderByIdAsc(StaffAccountsForTests.ADMIN).stream()
                .anyMatch(e -> e.action().equals("EXPORT_CONVERSATIONS") && e.detail().startsWith("rows=1 ")));
    }

    @Test
    void staffResponsesCarryTheSecurityHeaders() {
        HttpResponse<String> api = client.toBlocking().exchange(asReviewer(HttpRequest.GET("/api/staff/conversations")), String.class);
        assertEquals("no-store", api.header("Cache-Control"));
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        assertEquals("DENY", api.header("X-Frame-Options"));
        assertEquals("no-referrer", api.header("Referrer-Policy"));
        assertTrue(api.header("Content-Security-Policy").contains("script-src 'self'"));
        HttpClientResponseException rejected = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/staff/conversations")));
        assertEquals("no-store", rejected.getResponse().header("Cache-Control"));
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/console"), String.class);
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
                csp);
        assertNull(client.toBlocking().exchange(HttpRequest.GET("/health"), String.class).header("Cache-Control"),
                "no-store is for the console and its API only");
    }

    @Test
    void chartJsIsServedFromTheWebjar() {
        HttpResponse<String> js = client.toBlocking().exchange(HttpRequest.GET("/webjars/chart.js/4.4.1/dist/chart.umd.js"), String.class);
        assertEquals(200, js.code());
        assertTrue(js.body().contains("Chart"));
        assertTrue(js.getContentType().orElseThrow().toString().contains("javascript"), js.getContentType().toString());
    }

    private long total(String uri) {
        return ((Number) asAdminJson(uri).get("totalSize")).longValue();
    }

    private Map<?, ?> asAdminJson(String uri) {
        return client.toBlocking().retrieve(asAdmin(HttpRequest.GET(uri)), Argument.of(Map.class));
    }

    private Map<?, ?> asReviewerJson(String uri) {
        return client.toBlocking().retrieve(asReviewer(HttpRequest.GET(uri)), Argument.of(Map.class));
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static String partnership() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
