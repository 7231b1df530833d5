package uk.mashline.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "mash.webchat.messages-per-minute", value = "3")
class WebHardeningTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/chat/west-sussex", "/chat", "/assets/chat.js", "/api/partnerships"}) {
            HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(path), String.class);
            String csp = response.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
            assertEquals("no-referrer", response.header("Referrer-Policy"), path);
            assertEquals("DENY", response.header("X-Frame-Options"), path);
        }
    }

    @Test
    void theChatPageHasNoInlineScript() {
        String page = client.toBlocking().retrieve("/chat/west-sussex");
        assertFalse(page.matches("(?s).*<script>.*") || page.contains("onclick=") || page.contains("javascript:"), page);
        assertTrue(page.contains("In an emergency call 999"));
    }

    @Test
    void theWebChatIsRateLimitedWithThe999LineStillShown() {
        HttpClientResponseException limited = assertThrows(HttpClientResponseException.class, () -> {
            for (int i = 0; i < 10; i++) {
                client.toBlocking().exchange(HttpRequest.POST("/api/chat/west-sussex/messages", Map.of("text", "hi")));
            }
        });
        assertEquals(429, limited.getStatus().getCode());
        String message = String.valueOf(limited.getResponse().getBody(Map.class).map(b -> b.get("message")).orElse(""));
        assertTrue(message.contains("999"), message);
    }

    @Test
    void anOversizedRequestIs413() {
        String big = "Body=" + "x".repeat(200_000);
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/twilio/sms", big)
                        .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
        assertEquals(413, e.getStatus().getCode());
    }
}
