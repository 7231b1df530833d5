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
import uk.mashline.persistence.AuditEventRow;
import uk.mashline.testsupport.MutableConsoleClock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in throttling as an attacker meets it (NIST SP 800-63B 5.2.2): wrong passwords make the next
 * attempt from the same place wait longer and longer, but never keep the right person out from
 * anywhere else. The test client is 127.0.0.1, configured as the trusted balancer, so the
 * X-Forwarded-For it sends stands for the client's own address.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "test.console-clock", value = "mutable")
@Property(name = "mash.proxy.trusted-proxies", value = "127.0.0.1")
@Property(name = "mash.sign-in.free-failures-per-address", value = "12")
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
        for (String name : new String[] {"target.admin", "slow.me", "lock.form", "other.one"}) {
            users.create("test", name, "REVIEWER", PASSWORD);
        }
    }

    @Test
    void aStrangersFailuresNeverKeepTheRightPersonOut() {
        int waits = 0;
        for (int i = 1; i <= 30; i++) {
            if (basic("target.admin", "guess " + i, "203.0.113.66").getStatus().getCode() == 429) {
                waits++;
            }
        }
        assertTrue(waits >= 20, "the guesser is slowed: " + waits + " of 30 answered 429");
        // the right person, somewhere else, at once: the API and the console form
        assertEquals(200, client.toBlocking().exchange(get("198.51.100.7").basicAuth("target.admin", PASSWORD)).code());
        HttpResponse<?> form = client.toBlocking().exchange(HttpRequest.POST("/console/login",
                        Map.of("username", "target.admin", "password", PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("X-Forwarded-For", "198.51.100.8"));
        assertEquals(303, form.code());
    }

    @Test
    void eachFailureMakesTheNextWaitLongerAndWaitingItOutWorks() {
        String here = "203.0.113.70";
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, basic("slow.me", "wrong " + i, here).getStatus().getCode(), "attempt " + i);
        }
        long first = retryAfter(basic("slow.me", PASSWORD, here)); // even the right password waits, from here
        assertTrue(first > 0 && first <= 30, "first wait " + first);

        clock.advance(Duration.ofSeconds(31));
        assertEquals(401, basic("slow.me", "wrong 6", here).getStatus().getCode());
        long second = retryAfter(basic("slow.me", "wrong 7", here));
        assertTrue(second > 30 && second <= 60, "second wait " + second);

        clock.advance(Duration.ofSeconds(61));
        assertEquals(401, basic("slow.me", "wrong 8", here).getStatus().getCode());
        long third = retryAfter(basic("slow.me", "wrong 9", here));
        assertTrue(third > 60 && third <= 120, "third wait " + third);

        assertTrue(auditEvents.findByActorOrderByIdAsc("slow.me").stream().anyMatch(e -> e.action().equals("LOGIN_LOCKED")));
        clock.advance(Duration.ofSeconds(121));
        assertEquals(200, client.toBlocking().exchange(get(here).basicAuth("slow.me", PASSWORD)).code());
        // a success forgets the failures: the next mistake is a plain 401 again
        assertEquals(401, basic("slow.me", "typo", here).getStatus().getCode());
    }

    @Test
    void theConsoleFormSaysHowLongToWait() {
        String here = "203.0.113.71";
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, form("lock.form", "wrong " + i, here).getStatus().getCode());
        }
        HttpClientResponseException waiting = form("lock.form", PASSWORD, here);
        assertEquals(429, waiting.getStatus().getCode());
        String page = waiting.getResponse().getBody(String.class).orElse("");
        assertTrue(page.contains("Too many failed sign-in attempts from here"), page);
    }

    @Test
    void sprayingManyUsernamesFromOneAddressIsSlowedThere() {
        String sprayer = "203.0.113.80";
        for (int i = 1; i <= 12; i++) {
            basic("nobody-" + i, "guess", sprayer);
        }
        assertEquals(429, basic("other.one", PASSWORD, sprayer).getStatus().getCode());
        assertEquals(200, client.toBlocking().exchange(get("198.51.100.9").basicAuth("other.one", PASSWORD)).code());
    }

    @Test
    void aPasswordTypedAsAnUnknownUsernameIsNeverStored() {
        String typedByMistake = "Correct-Horse-Battery-77";
        basic(typedByMistake, "whatever", "203.0.113.90");
        form(typedByMistake, "whatever", "203.0.113.90");
        List<AuditEventRow> all = StreamSupport.stream(auditEvents.findAll().spliterator(), false).toList();
        assertFalse(all.toString().contains(typedByMistake), "the typed name reached the audit log");
        assertTrue(all.stream().filter(e -> e.actor().startsWith("unknown:")).count() >= 2, all.toString());
    }

    private MutableHttpRequest<?> get(String from) {
        return HttpRequest.GET("/api/staff/conversations").header("X-Forwarded-For", from);
    }

    private static long retryAfter(HttpClientResponseException e) {
        assertEquals(429, e.getStatus().getCode());
        return Long.parseLong(e.getResponse().header("Retry-After"));
    }

    private HttpClientResponseException basic(String user, String password, String from) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(get(from).basicAuth(user, password)));
    }

    private HttpClientResponseException form(String user, String password, String from) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/console/login", Map.of("username", user, "password", password))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("X-Forwarded-For", from), String.class));
    }
}
