package uk.mashline.console;

import dev.samstevens.totp.code.DefaultCodeGenerator;
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
import uk.mashline.persistence.AuditEventRepository;
import uk.mashline.testsupport.ConsoleHttp;
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.MutableConsoleClock;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.mashline.testsupport.ConsoleHttp.body;

/**
 * The console's second factor from outside, with MASH_STAFF_MFA=admin (the default): an ADMIN sets up an
 * authenticator from the QR code's key, signs in with codes (a wrong or replayed one refused, a recovery code
 * once), cannot use HTTP Basic, and confirms password and code again before admin changes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "test.console-clock", value = "mutable")
@Property(name = "mash.staff.mfa", value = "admin")
class SecondFactorTest {

    private static final String PASSWORD = StaffAccountsForTests.PASSWORD;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StaffUsers users;

    @Inject
    MutableConsoleClock clock;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    AuditEventRepository auditEvents;

    ConsoleHttp console;
    ConsoleTestData data;

    @BeforeAll
    void setUp() {
        StaffAccountsForTests.ensure(users);
        console = new ConsoleHttp(client);
        data = new ConsoleTestData(dataSource);
    }

    private String code(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Math.floorDiv(clock.now().getEpochSecond(), 30));
    }

    private Map<?, ?> parse(HttpResponse<String> response) throws IOException {
        return json.readValue(body(response), Map.class);
    }

    private HttpResponse<String> post(String path, Object body, String cookie, String csrf) {
        return console.exchange(HttpRequest.POST(path, body).header("Cookie", cookie).header("X-CSRF-Token", csrf));
    }

    @Test
    void anAdminSetsUpTotpSignsInWithCodesAndConfirmsBeforeAdminChanges() throws Exception {
        users.create("test", "totp.admin", "ADMIN", PASSWORD);

        // HTTP Basic would step around the second factor
        HttpResponse<String> basic = console.exchange(HttpRequest.GET("/api/staff/conversations").basicAuth("totp.admin", PASSWORD));
        assertEquals(401, basic.code());
        assertTrue(body(basic).contains("HTTP Basic is not available"), body(basic));

        // the right password alone reaches only the set-up page
        String pending = ConsoleHttp.cookie(console.login("totp.admin", PASSWORD));
        assertEquals(403, console.exchange(HttpRequest.GET("/api/staff/conversations").header("Cookie", pending)).code());
        String page = client.toBlocking().retrieve(HttpRequest.GET("/console/admin/users").header("Cookie", pending));
        assertTrue(page.contains("Set up your second factor"), page);
        String csrf = console.csrf(pending, "/console");

        HttpResponse<String> started = post("/console/second-factor/enrolment", Map.of(), pending, csrf);
        assertEquals(200, started.code(), body(started));
        String secret = (String) parse(started).get("secret");
        assertTrue(((String) parse(started).get("qr")).startsWith("data:image/png;base64,"));
        assertTrue(((String) parse(started).get("uri")).startsWith("otpauth://totp/"));

        String wrong = code(secret).equals("123456") ? "654321" : "123456";
        HttpResponse<String> refused = post("/console/second-factor/enrolment/confirm", Map.of("code", wrong), pending, csrf);
        assertEquals(400, refused.code());
        assertTrue(body(refused).contains("not right"), body(refused));

        HttpResponse<String> confirmed = post("/console/second-factor/enrolment/confirm", Map.of("code", code(secret)), pending, csrf);
        assertEquals(200, confirmed.code(), body(confirmed));
        List<?> recoveryCodes = (List<?>) parse(confirmed).get("recoveryCodes");
        assertEquals(10, recoveryCodes.size());
        assertEquals(0, data.count("SELECT COUNT(*) FROM staff_recovery_code WHERE code_hash = ?", recoveryCodes.get(0)), "stored hashed");
        String session = ConsoleHttp.cookie(confirmed);
        assertNotEquals(pending, session);
        assertEquals(401, console.exchange(HttpRequest.GET("/api/staff/users").header("Cookie", pending)).code(), "the waiting session ended");
        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/users").header("Cookie", session)).code());
        String fullCsrf = (String) parse(confirmed).get("csrf");

        // just signed in with password and code: an admin change goes through
        assertEquals(201, post("/api/staff/users", Map.of("username", "made.fresh", "role", "REVIEWER", "password", "violet harbour tram 7"),
                session, fullCsrf).code());
        // later it needs them again
        clock.advance(Duration.ofMinutes(6));
        HttpResponse<String> stale = post("/api/staff/users", Map.of("username", "made.later", "role", "REVIEWER", "password", "violet harbour tram 7"),
                session, fullCsrf);
        assertEquals(403, stale.code());
        assertEquals(Boolean.TRUE, parse(stale).get("reauth"));
        assertEquals(403, console.exchange(HttpRequest.PUT("/api/staff/retention", Map.of("days", 100))
                .header("Cookie", session).header("X-CSRF-Token", fullCsrf)).code(), "retention too");
        assertEquals(400, post("/console/reauth", Map.of("password", PASSWORD, "code", wrong.equals(code(secret)) ? "111111" : wrong),
                session, fullCsrf).code(), "a wrong code");
        assertEquals(400, post("/console/reauth", Map.of("password", "not my password", "code", code(secret)), session, fullCsrf).code());
        assertEquals(200, post("/console/reauth", Map.of("password", PASSWORD, "code", code(secret)), session, fullCsrf).code());
        assertEquals(201, post("/api/staff/users", Map.of("username", "made.later", "role", "REVIEWER", "password", "violet harbour tram 7"),
                session, fullCsrf).code());

        // signing in again: the code after the password; a wrong one and a replayed one are refused
        String used = code(secret);
        String waiting = ConsoleHttp.cookie(console.login("totp.admin", PASSWORD));
        String waitingCsrf = console.csrf(waiting, "/console");
        assertTrue(client.toBlocking().retrieve(HttpRequest.GET("/console").header("Cookie", waiting)).contains("six-digit code"));
        assertEquals(400, post("/console/second-factor", Map.of("code", wrong.equals(used) ? "111111" : wrong), waiting, waitingCsrf).code());
        assertEquals(400, post("/console/second-factor", Map.of("code", used), waiting, waitingCsrf).code(), "a code works once");
        clock.advance(Duration.ofSeconds(31));
        HttpResponse<String> in = post("/console/second-factor", Map.of("code", code(secret)), waiting, waitingCsrf);
        assertEquals(200, in.code(), body(in));
        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/users").header("Cookie", ConsoleHttp.cookie(in))).code());

        // a recovery code works once, in any case and with or without its dashes
        String recovery = (String) recoveryCodes.get(3);
        String again = ConsoleHttp.cookie(console.login("totp.admin", PASSWORD));
        HttpResponse<String> recovered = post("/console/second-factor", Map.of("code", recovery.toUpperCase()), again, console.csrf(again, "/console"));
        assertEquals(200, recovered.code(), body(recovered));
        String onceMore = ConsoleHttp.cookie(console.login("totp.admin", PASSWORD));
        assertEquals(400, post("/console/second-factor", Map.of("code", recovery.replace("-", "")), onceMore, console.csrf(onceMore, "/console")).code());

        // an API token works for reading, but cannot confirm an admin change
        String fresh = ConsoleHttp.cookie(recovered);
        String freshCsrf = (String) parse(recovered).get("csrf");
        String token = (String) parse(post("/api/staff/tokens", Map.of("name", "admin script"), fresh, freshCsrf)).get("token");
        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/users").bearerAuth(token)).code());
        HttpResponse<String> byToken = console.exchange(HttpRequest.POST("/api/staff/users",
                Map.of("username", "by.token", "role", "REVIEWER", "password", "violet harbour tram 7")).bearerAuth(token));
        assertEquals(403, byToken.code());
        assertTrue(body(byToken).contains("API token"), body(byToken));

        for (String action : new String[]{"SECOND_FACTOR_ENROL", "SECOND_FACTOR_FAILURE", "RECOVERY_CODE_USED", "REAUTHENTICATED"}) {
            assertTrue(auditEvents.findByActorOrderByIdAsc("totp.admin").stream().anyMatch(e -> e.action().equals(action)), action);
        }
    }

    @Test
    void aReviewerWithoutASecondFactorKeepsPasswordSignInAndBasic() {
        assertEquals(200, console.exchange(StaffAccountsForTests.asReviewer(HttpRequest.GET("/api/staff/conversations"))).code());
        HttpResponse<String> signedIn = console.login(StaffAccountsForTests.REVIEWER, PASSWORD);
        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/conversations").header("Cookie", ConsoleHttp.cookie(signedIn))).code());
    }
}
