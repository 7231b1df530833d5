package uk.mashline.console;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.MutableConsoleClock;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browser-console sessions over plain HTTP: cookie flags, CSRF, logout, timeouts. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "test.console-clock", value = "mutable")
class ConsoleSessionTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([0-9a-f]{64})\">");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StaffUsers users;

    @Inject
    DataSource dataSource;

    @Inject
    MutableConsoleClock clock;

    @Inject
    AuditEventRepository auditEvents;

    ConsoleTestData data;

    @BeforeAll
    void setUp() {
        StaffAccountsForTests.ensure(users);
        data = new ConsoleTestData(dataSource);
    }

    @Test
    void loggingInSetsAStrictHttpOnlyCookieAndStoresOnlyItsHash() throws Exception {
        HttpResponse<String> response = login(StaffAccountsForTests.REVIEWER, StaffAccountsForTests.PASSWORD, false);
        assertEquals(303, response.code());
        assertEquals("/console", response.header("Location"));
        String setCookie = response.header("Set-Cookie");
        assertTrue(setCookie.startsWith("MASH_SESSION="), setCookie);
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
        assertFalse(setCookie.toLowerCase().contains("secure"), "plain HTTP gets no Secure flag: " + setCookie);
        String token = token(setCookie);
        assertTrue(token.length() >= 43, "256-bit token");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(1, data.count("SELECT COUNT(*) FROM staff_session WHERE token_hash = ?", hash));
        assertEquals(0, data.count("SELECT COUNT(*) FROM staff_session WHERE token_hash = ?", token));
        assertTrue(auditEvents.findByActorOrderByIdAsc(StaffAccountsForTests.REVIEWER).stream().anyMatch(e -> e.action().equals("LOGIN_SUCCESS")));

        // no proxy is trusted here (MASH_TRUSTED_PROXIES unset): a client's own X-Forwarded-Proto is not believed;
        // behind a trusted TLS proxy the cookie is Secure (web.TrustedProxyTest)
        String claimed = login(StaffAccountsForTests.REVIEWER, StaffAccountsForTests.PASSWORD, true).header("Set-Cookie");
        assertFalse(claimed.toLowerCase().contains("; secure"), "a client claiming HTTPS over plain HTTP: " + claimed);
    }

    @Test
    void theConsoleShowsTheLoginFormOrTheQueue() {
        String anonymous = client.toBlocking().retrieve(HttpRequest.GET("/console"));
        assertTrue(anonymous.contains("name=\"password\""), anonymous);
        String cookie = sessionCookie(StaffAccountsForTests.REVIEWER);
        String queue = client.toBlocking().retrieve(HttpRequest.GET("/console").header("Cookie", cookie));
        assertTrue(queue.contains("id=\"queue\""), queue);
        assertFalse(queue.contains("name=\"password\""));
        assertTrue(CSRF_META.matcher(queue).find());
        assertEquals(403, status(HttpRequest.GET("/console/admin/users").header("Cookie", cookie)));
    }

    @Test
    void aWrongPasswordOnTheFormAnswers401WithTheForm() {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> login(StaffAccountsForTests.ADMIN, "wrong password here", false));
        assertEquals(401, e.getStatus().getCode());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("Wrong username or password"), body);
        assertTrue(auditEvents.findByActorOrderByIdAsc(StaffAccountsForTests.ADMIN).stream().anyMatch(a -> a.action().equals("LOGIN_FAILURE")));
    }

    @Test
    void stateChangingSessionRequestsNeedTheCsrfToken() {
        String cookie = sessionCookie(StaffAccountsForTests.REVIEWER);
        String csrf = csrf(cookie);
        java.time.Instant now = ConsoleTestData.now();
        String id = data.conversation("p-csrf", "SMS", null, "REPORT_CONCERN", "NEW", now, now, 1);
        Map<String, String> review = Map.of("status", "REVIEWED");

        assertEquals(200, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", cookie)), "reads need no token");
        assertEquals(403, status(HttpRequest.POST("/api/staff/conversations/" + id + "/review", review).header("Cookie", cookie)));
        assertEquals(403, status(HttpRequest.POST("/api/staff/conversations/" + id + "/review", review).header("Cookie", cookie)
                .header("X-CSRF-Token", "0".repeat(64))));
        assertEquals("NEW", data.string("SELECT review_status FROM conversation WHERE id = ?", id));
        assertEquals(200, status(HttpRequest.POST("/api/staff/conversations/" + id + "/review", review).header("Cookie", cookie)
                .header("X-CSRF-Token", csrf)));
        assertEquals("REVIEWED", data.string("SELECT review_status FROM conversation WHERE id = ?", id));
        // a token belongs to its session
        String other = sessionCookie(StaffAccountsForTests.REVIEWER);
        assertEquals(403, status(HttpRequest.POST("/api/staff/conversations/" + id + "/review", review).header("Cookie", other)
                .header("X-CSRF-Token", csrf)));
        // Basic requests carry no ambient credentials and need no token
        assertEquals(200, status(StaffAccountsForTests.asReviewer(HttpRequest.POST("/api/staff/conversations/" + id + "/review", review))));
    }

    @Test
    void logoutInvalidatesTheSessionAndNeedsTheToken() {
        String cookie = sessionCookie(StaffAccountsForTests.REVIEWER);
        String csrf = csrf(cookie);
        assertEquals(403, status(HttpRequest.POST("/console/logout", Map.of("_csrf", "nope"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Cookie", cookie)));
        assertEquals(200, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", cookie)));
        HttpResponse<String> out = client.toBlocking().exchange(HttpRequest.POST("/console/logout", Map.of("_csrf", csrf))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Cookie", cookie), String.class);
        assertEquals(303, out.code());
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
        assertEquals(401, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", cookie)));
        assertTrue(auditEvents.findByActorOrderByIdAsc(StaffAccountsForTests.REVIEWER).stream().anyMatch(e -> e.action().equals("LOGOUT")));
    }

    @Test
    void sessionsExpireWhenIdleAndAfterTheAbsoluteLimit() {
        String idle = sessionCookie(StaffAccountsForTests.REVIEWER);
        clock.advance(Duration.ofMinutes(10));
        assertEquals(200, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", idle)));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(200, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", idle)), "activity extends the session");
        clock.advance(Duration.ofMinutes(14));
        // background polling does not count as activity
        assertEquals(200, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", idle).header("X-Background-Refresh", "1")));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(401, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", idle)));

        String busy = sessionCookie(StaffAccountsForTests.REVIEWER);
        for (int i = 0; i < 34; i++) {
            clock.advance(Duration.ofMinutes(14));
            assertEquals(200, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", busy)), "at step " + i);
        }
        clock.advance(Duration.ofMinutes(14));
        assertEquals(401, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", busy)), "8 hours is the limit");
    }

    @Test
    void disablingAUserEndsTheirSessions() {
        users.create("test", "short.lived", "REVIEWER", "a long enough password");
        String cookie = sessionCookie("short.lived");
        assertEquals(200, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", cookie)));
        long id = users.list().stream().filter(u -> u.username().equals("short.lived")).findFirst().orElseThrow().id();
        assertEquals(200, status(StaffAccountsForTests.asAdmin(HttpRequest.POST("/api/staff/users/" + id + "/disable", Map.of()))));
        assertEquals(401, status(HttpRequest.GET("/api/staff/conversations").header("Cookie", cookie)));
        assertEquals(401, status(HttpRequest.GET("/api/staff/conversations").basicAuth("short.lived", "a long enough password")));
    }

    private HttpResponse<String> login(String username, String password, boolean viaTlsProxy) {
        MutableHttpRequest<?> request = HttpRequest.POST("/console/login", Map.of("username", username, "password", password))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return client.toBlocking().exchange(request, String.class);
    }

    private String sessionCookie(String username) {
        String password = username.equals("short.lived") ? "a long enough password" : StaffAccountsForTests.PASSWORD;
        return "MASH_SESSION=" + token(login(username, password, false).header("Set-Cookie"));
    }

    private String csrf(String cookie) {
        String page = client.toBlocking().retrieve(HttpRequest.GET("/console").header("Cookie", cookie));
        Matcher m = CSRF_META.matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private static String token(String setCookie) {
        assertNotNull(setCookie);
        return setCookie.substring("MASH_SESSION=".length(), setCookie.indexOf(';'));
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

}
