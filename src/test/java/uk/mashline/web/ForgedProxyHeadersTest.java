package uk.mashline.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.persistence.AuditEventRepository;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An attacker with no proxy in front of the service forges a different X-Forwarded-For (and Forwarded)
 * on every request, hoping each counts as a new client. None is believed: no proxy is configured.
 */
@MicronautTest(transactional = false)
@Property(name = "mash.sign-in.free-failures-per-address", value = "6")
@Property(name = "mash.webchat.messages-per-minute", value = "3")
class ForgedProxyHeadersTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AuditEventRepository audit;

    @Test
    void passwordGuessesFromRotatingForgedAddressesAreThrottledAsOneMachine() {
        int refused = 0;
        for (int i = 1; i <= 25; i++) {
            HttpRequest<?> guess = HttpRequest.GET("/api/staff/conversations")
                    .basicAuth("guess-user-" + i, "guess " + i)
                    .header("X-Forwarded-For", "203.0.113." + i)
                    .header("Forwarded", "for=198.51.100." + i);
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(guess));
            if (e.getStatus().getCode() == 429) {
                refused++;
            }
        }
        assertTrue(refused >= 18, "guesses after the sixth must be refused as one address, refused " + refused);
        String detail = String.valueOf(audit.findAll());
        assertTrue(detail.contains("ip=127.0.0.1"), "the audit log records the real peer: " + detail);
        assertFalse(detail.contains("203.0.113.") || detail.contains("198.51.100."), "a forged address reached the audit log: " + detail);
    }

    @Test
    void aClientClaimingHttpsGetsNoHstsFromPlainHttp() {
        io.micronaut.http.HttpResponse<String> response = client.toBlocking().exchange(
                HttpRequest.GET("/chat").header("X-Forwarded-Proto", "https"), String.class);
        assertEquals(null, response.header("Strict-Transport-Security"));
    }

    @Test
    void theWebChatLimitCannotBeDodgedWithForgedAddresses() {
        HttpClientResponseException limited = assertThrows(HttpClientResponseException.class, () -> {
            for (int i = 1; i <= 10; i++) {
                client.toBlocking().exchange(HttpRequest.POST("/api/chat/west-sussex/messages", Map.of("text", "hello"))
                        .header("X-Forwarded-For", "192.0.2." + i));
            }
        });
        assertEquals(429, limited.getStatus().getCode());
    }
}
