package uk.mashline.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.persistence.AuditEventRepository;
import uk.mashline.testsupport.SetCookies;
import uk.mashline.testsupport.StaffAccountsForTests;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind the documented load balancer (here the test client's own 127.0.0.1, configured as trusted):
 * each client counts as itself, and what a client writes to the left of the balancer's entry is ignored.
 */
@MicronautTest(transactional = false)
@Property(name = "mash.proxy.trusted-proxies", value = "127.0.0.1/32,10.0.0.0/8")
@Property(name = "mash.webchat.messages-per-minute", value = "3")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class TrustedProxyTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AuditEventRepository audit;

    @Inject
    StaffUsers users;

    @Test
    void everyChatClientBehindTheBalancerHasItsOwnLimit() {
        for (int i = 1; i <= 3; i++) {
            assertEquals(200, chat("203.0.113.10").code());
        }
        HttpClientResponseException limited = assertThrows(HttpClientResponseException.class, () -> chat("203.0.113.10"));
        assertEquals(429, limited.getStatus().getCode());
        // the next client through the same balancer is not held back by the first
        assertEquals(200, chat("203.0.113.11").code());
        // a limited client cannot start afresh by writing another address before the balancer's entry
        HttpClientResponseException again = assertThrows(HttpClientResponseException.class,
                () -> chat("192.0.2.99, 203.0.113.10"));
        assertEquals(429, again.getStatus().getCode());
        // an internal hop (10.x, a trusted proxy) is skipped to reach the client
        HttpClientResponseException viaTwoProxies = assertThrows(HttpClientResponseException.class,
                () -> chat("203.0.113.10, 10.1.2.3"));
        assertEquals(429, viaTwoProxies.getStatus().getCode());
    }

    @Test
    void theAuditLogRecordsTheClientTheBalancerSaw() {
        assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.GET("/api/staff/conversations").basicAuth("proxy-audit-user", "guess")
                        .header("X-Forwarded-For", "6.6.6.6, 198.51.100.23")));
        String detail = String.valueOf(audit.findAll());
        assertTrue(detail.contains("ip=198.51.100.23"), detail);
        assertFalse(detail.contains("6.6.6.6"), detail);
    }

    @Test
    void hstsIsSentWhenTheBalancerSaysTheClientUsedHttps() {
        io.micronaut.http.HttpResponse<String> https = client.toBlocking().exchange(
                HttpRequest.GET("/chat").header("X-Forwarded-Proto", "https"), String.class);
        assertEquals("max-age=31536000", https.header("Strict-Transport-Security"));
        io.micronaut.http.HttpResponse<String> http = client.toBlocking().exchange(HttpRequest.GET("/chat"), String.class);
        assertEquals(null, http.header("Strict-Transport-Security"), "never over plain HTTP");
    }

    @Test
    void theCookiesAreSecureWhenTheBalancerSaysTheClientUsedHttpsAndOnlyThen() {
        StaffAccountsForTests.ensure(users);
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.40");
        Map<String, String> http = Map.of("X-Forwarded-Proto", "http", "X-Forwarded-For", "203.0.113.41");
        assertTrue(SetCookies.secure(SetCookies.ofConsoleSignIn(client, https)));
        assertFalse(SetCookies.secure(SetCookies.ofConsoleSignIn(client, http)));
        assertTrue(SetCookies.secure(SetCookies.ofNewChat(client, https)));
        assertFalse(SetCookies.secure(SetCookies.ofNewChat(client, http)));
        // the standard Forwarded header says the same
        assertTrue(SetCookies.secure(SetCookies.ofNewChat(client, Map.of("Forwarded", "for=203.0.113.42;proto=https"))));
    }

    private io.micronaut.http.HttpResponse<?> chat(String forwardedFor) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/chat/west-sussex/messages", Map.of("text", "hello"))
                .header("X-Forwarded-For", forwardedFor));
    }
}
