package uk.mashline.console;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.persistence.AuditEventRepository;
import uk.mashline.testsupport.ConsoleHttp;
import uk.mashline.testsupport.StaffAccountsForTests;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.mashline.testsupport.ConsoleHttp.body;

/** Staff passwords from outside: over-long and common ones refused with a reason, and changing one's own. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class PasswordRulesHttpTest {

    private static final String HUNDRED_BYTES = "Lk9!".repeat(25);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StaffUsers users;

    @Inject
    AuditEventRepository auditEvents;

    ConsoleHttp console;

    @BeforeAll
    void setUp() {
        StaffAccountsForTests.ensure(users);
        console = new ConsoleHttp(client);
    }

    private HttpResponse<String> createUser(String username, String password) {
        return console.exchange(StaffAccountsForTests.asAdmin(HttpRequest.POST("/api/staff/users",
                Map.of("username", username, "role", "REVIEWER", "password", password))));
    }

    @Test
    void aHundredBytePasswordIsA400WithAReasonEverywhere() {
        HttpResponse<String> created = createUser("long.one", HUNDRED_BYTES);
        assertEquals(400, created.code());
        assertTrue(body(created).contains("at most 72 bytes"), body(created));

        assertEquals(401, console.login(StaffAccountsForTests.ADMIN, HUNDRED_BYTES).code(), "the sign-in form");
        assertEquals(401, console.exchange(HttpRequest.GET("/api/staff/conversations")
                .basicAuth(StaffAccountsForTests.REVIEWER, HUNDRED_BYTES)).code(), "HTTP Basic");
        assertEquals(401, console.exchange(HttpRequest.GET("/api/staff/conversations")
                .basicAuth("no.such.user", "é".repeat(500))).code(), "an unknown user");
    }

    @Test
    void commonPasswordsAreRefused() {
        for (String weak : new String[]{"password1234", "            ", "Password1234!"}) {
            HttpResponse<String> created = createUser("common.one", weak);
            assertEquals(400, created.code(), weak);
            assertTrue(body(created).contains("\"message\""), body(created));
        }
        assertEquals(201, createUser("common.one", "violet harbour tram 7").code());
    }

    @Test
    void staffChangeTheirOwnPassword() {
        assertEquals(201, createUser("changes.own", "first long password x").code());
        HttpResponse<String> signedIn = console.login("changes.own", "first long password x");
        assertEquals(303, signedIn.code());
        String cookie = ConsoleHttp.cookie(signedIn);
        String otherBrowser = ConsoleHttp.cookie(console.login("changes.own", "first long password x"));
        String csrf = console.csrf(cookie, "/console/account");

        HttpResponse<String> wrongCurrent = console.exchange(HttpRequest.POST("/api/staff/me/password",
                Map.of("currentPassword", "not it at all", "newPassword", "second long password y"))
                .header("Cookie", cookie).header("X-CSRF-Token", csrf));
        assertEquals(400, wrongCurrent.code());
        assertTrue(body(wrongCurrent).contains("current password is not right"), body(wrongCurrent));
        HttpResponse<String> weak = console.exchange(HttpRequest.POST("/api/staff/me/password",
                Map.of("currentPassword", "first long password x", "newPassword", "password1234"))
                .header("Cookie", cookie).header("X-CSRF-Token", csrf));
        assertEquals(400, weak.code());
        assertEquals(403, console.exchange(HttpRequest.POST("/api/staff/me/password",
                Map.of("currentPassword", "first long password x", "newPassword", "second long password y"))
                .header("Cookie", cookie)).code(), "no CSRF token");

        HttpResponse<String> changed = console.exchange(HttpRequest.POST("/api/staff/me/password",
                Map.of("currentPassword", "first long password x", "newPassword", "second long password y"))
                .header("Cookie", cookie).header("X-CSRF-Token", csrf));
        assertEquals(200, changed.code(), body(changed));
        String newCookie = ConsoleHttp.cookie(changed);
        assertNotEquals(cookie, newCookie);
        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/me").header("Cookie", newCookie)).code());
        assertEquals(401, console.exchange(HttpRequest.GET("/api/staff/me").header("Cookie", cookie)).code(), "old session ended");
        assertEquals(401, console.exchange(HttpRequest.GET("/api/staff/me").header("Cookie", otherBrowser)).code(), "other sessions ended");
        assertEquals(401, console.login("changes.own", "first long password x").code());
        assertEquals(303, console.login("changes.own", "second long password y").code());
        assertNotNull(auditEvents.findByActorOrderByIdAsc("changes.own").stream()
                .filter(e -> e.action().equals("PASSWORD_CHANGE")).findFirst().orElse(null));

        // a script with HTTP Basic changes its password too
        assertEquals(200, console.exchange(HttpRequest.POST("/api/staff/me/password",
                Map.of("currentPassword", "second long password y", "newPassword", "third long password z"))
                .basicAuth("changes.own", "second long password y")).code());
        assertEquals(200, console.exchange(HttpRequest.GET("/api/staff/me").basicAuth("changes.own", "third long password z")).code());
    }
}
