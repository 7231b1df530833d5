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
import uk.mashline.persistence.AuditEventRepository;
import uk.mashline.testsupport.ConsoleHttp;
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.mashline.testsupport.ConsoleHttp.body;

/** From outside: one account per name whatever its case, and personal API tokens for scripts. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class UsernamesAndTokensTest {

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

    private HttpResponse<String> createUser(String username, String role) {
        return console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.POST("/api/staff/users",
                Map.of("username", username, "role", role, "password", PASSWORD))));
    }

    private Map<?, ?> parse(HttpResponse<String> response) throws IOException {
        return json.readValue(body(response), Map.class);
    }

    @Test
    void usernamesAreOneWhateverTheirCase() {
        assertEquals(201, createUser("Case.Test", "REVIEWER").code());
        for (String other : new String[]{"case.test", "CASE.TEST", " case.Test "}) {
            HttpResponse<String> refused = createUser(other, "ADMIN");
            assertEquals(400, refused.code(), other);
            assertTrue(body(refused).contains("already exists"), body(refused));
        }
        assertEquals(303, console.login("CASE.test", PASSWORD).code(), "sign-in in another case");
        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/me").basicAuth("case.TEST", PASSWORD)).code());
        assertTrue(body(console.exchange(HttpRequest.GET("/api/staff/me").basicAuth("case.TEST", PASSWORD))).contains("\"Case.Test\""),
                "the account's own spelling");
    }

    @Test
    void aScriptUsesAPersonalTokenUntilItIsRevoked() throws IOException {
        assertEquals(201, createUser("token.owner", "REVIEWER").code());
        String cookie = ConsoleHttp.cookie(console.login("token.owner", PASSWORD));
        String csrf = console.csrf(cookie, "/console/account");

        HttpResponse<String> made = console.exchange(HttpRequest.POST("/api/staff/tokens", Map.of("name", "nightly export"))
                .header("Cookie", cookie).header("X-CSRF-Token", csrf));
        assertEquals(201, made.code(), body(made));
        String token = (String) parse(made).get("token");
        long id = ((Number) parse(made).get("id")).longValue();
        assertTrue(token.startsWith("mash_") && token.length() > 40, token);
        assertEquals(0, data.count("SELECT COUNT(*) FROM staff_api_token WHERE token_hash = ?", token), "only the hash is stored");
        assertEquals(1, data.count("SELECT COUNT(*) FROM staff_api_token WHERE id = ?", id));

        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/conversations").bearerAuth(token)).code());
        assertTrue(body(console.exchange(HttpRequest.GET("/api/staff/me").bearerAuth(token))).contains("token.owner"));
        assertEquals(403, console.exchange(HttpRequest.GET("/api/staff/users").bearerAuth(token)).code(), "a reviewer's token has a reviewer's role");
        assertEquals(403, console.exchange(HttpRequest.POST("/api/staff/tokens", Map.of("name", "child")).bearerAuth(token)).code(),
                "a token cannot make tokens");
        assertEquals(403, console.exchange(HttpRequest.POST("/api/staff/tokens", Map.of("name", "basic")).basicAuth("token.owner", PASSWORD)).code(),
                "neither can HTTP Basic");
        assertTrue(body(console.exchange(HttpRequest.GET("/api/staff/tokens").bearerAuth(token))).contains("nightly export"));

        HttpResponse<String> forged = console.exchange(HttpRequest.GET("/api/staff/conversations").bearerAuth("mash_" + "A".repeat(43)));
        assertEquals(401, forged.code());
        assertTrue(body(forged).contains("not valid or has been revoked"), body(forged));

        assertEquals(404, console.exchange(StaffAccountsForTests.asReviewer(HttpRequest.POST("/api/staff/tokens/" + id + "/revoke", Map.of()))).code(),
                "another reviewer cannot revoke it");
        assertEquals(200, console.exchange(HttpRequest.POST("/api/staff/tokens/" + id + "/revoke", Map.of())
                .header("Cookie", cookie).header("X-CSRF-Token", csrf)).code());
        HttpResponse<String> revoked = console.exchange(HttpRequest.GET("/api/staff/conversations").bearerAuth(token));
        assertEquals(401, revoked.code(), "a revoked token is refused");
        assertTrue(body(revoked).contains("revoked"), body(revoked));

        assertTrue(auditEvents.findByActorOrderByIdAsc("token.owner").stream().anyMatch(e -> e.action().equals("TOKEN_CREATE")));
        assertTrue(auditEvents.findByActorOrderByIdAsc("token.owner").stream().anyMatch(e -> e.action().equals("TOKEN_REVOKE")));
    }

    @Test
    void aDisabledAccountsTokensStopWorking() throws IOException {
        HttpResponse<String> created = createUser("soon.disabled", "REVIEWER");
        long userId = ((Number) parse(created).get("id")).longValue();
        String cookie = ConsoleHttp.cookie(console.login("soon.disabled", PASSWORD));
        String token = (String) parse(console.exchange(HttpRequest.POST("/api/staff/tokens", Map.of("name", "script"))
                .header("Cookie", cookie).header("X-CSRF-Token", console.csrf(cookie, "/console")))).get("token");
        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/conversations").bearerAuth(token)).code());
        console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.POST("/api/staff/users/" + userId + "/disable", Map.of())));
        assertEquals(401, console.exchange(HttpRequest.GET("/api/staff/conversations").bearerAuth(token)).code());
    }
}
