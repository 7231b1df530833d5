package uk.mashline.console;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
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
import uk.mashline.testsupport.MutableConsoleClock;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeated failed sign-ins lock the username (5 failures) and the client address (here 12). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "test.console-clock", value = "mutable")
@Property(name = "mash.console.max-failures-per-address", value = "12")
class LoginThrottleTest {

    private static final String PASSWORD = "the right password 123";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StaffUsers users;

    @Inject
    MutableConsoleClock clock;

    @Inject
    AuditEventRepository auditEvents;

    @BeforeAll
    void setUp() {
        for (String name : new String[] {"lock.me", "lock.form", "other.one"}) {
            users.create("test", name, "REVIEWER", PASSWORD);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPasswordUntilTheLockEnds() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, basic("lock.me", "wrong " + i).getStatus().getCode(), "attempt " + i);
        }
        HttpClientResponseException locked = basic("lock.me", PASSWORD);
        assertEquals(429, locked.getStatus().getCode());
        assertNotNull(locked.getResponse().header("Retry-After"));
        String message = String.valueOf(locked.getResponse().getBody(Map.class).orElseThrow().get("message"));
        assertTrue(message.contains("locked for 15 minutes"), message);
        assertTrue(auditEvents.findByActorOrderByIdAsc("lock.me").stream().anyMatch(e -> e.action().equals("LOGIN_LOCKED")));
        // other accounts are unaffected
        assertEquals(200, client.toBlocking().exchange(get().basicAuth("other.one", PASSWORD)).code());

        clock.advance(Duration.ofMinutes(16));
        assertEquals(200, client.toBlocking().exchange(get().basicAuth("lock.me", PASSWORD)).code());
    }

    @Test
    void theConsoleFormSaysTheAccountIsLocked() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, form("lock.form", "wrong " + i).getStatus().getCode());
        }
        HttpClientResponseException locked = form("lock.form", PASSWORD);
        assertEquals(429, locked.getStatus().getCode());
        assertTrue(locked.getResponse().getBody(String.class).orElse("").contains("Too many failed sign-in attempts"));
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddress() {
        clock.advance(Duration.ofMinutes(20)); // a fresh window, whatever ran before
        for (int i = 1; i <= 12; i++) {
            basic("nobody-" + i, "guess");
        }
        assertEquals(429, basic("other.one", PASSWORD).getStatus().getCode());
        clock.advance(Duration.ofMinutes(16));
        assertEquals(200, client.toBlocking().exchange(get().basicAuth("other.one", PASSWORD)).code());
    }

    private MutableHttpRequest<?> get() {
        return HttpRequest.GET("/api/staff/conversations");
    }

    private HttpClientResponseException basic(String user, String password) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(get().basicAuth(user, password)));
    }

    private HttpClientResponseException form(String user, String password) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/console/login", Map.of("username", user, "password", password))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED), String.class));
    }
}
