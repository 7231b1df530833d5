package uk.mashline.channels.webchat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.CookieKeepingChat;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20 item 3, from outside: a second client holding only a conversation id can neither continue the
 * conversation nor read it; the browser that started it can, through its cookie.
 */
@MicronautTest(transactional = false)
@Property(name = "mash.webchat.messages-per-conversation-per-minute", value = "4")
class ChatBindingTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theFirstReplySetsAnHttpOnlySameSiteCookieScopedToTheChatApi() {
        HttpResponse<Map> first = client.toBlocking().exchange(HttpRequest.POST("/api/chat/west-sussex/messages",
                Map.of("text", "hello")), Map.class);
        String id = (String) first.body().get("conversationId");
        List<String> setCookies = first.getHeaders().getAll("Set-Cookie");
        assertEquals(1, setCookies.size(), String.valueOf(setCookies));
        String cookie = setCookies.get(0);
        assertTrue(cookie.startsWith("mash_chat_" + id + "="), cookie);
        assertTrue(cookie.toLowerCase().contains("; httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/api/chat"), cookie);
        assertTrue(!cookie.contains(id + "=" + id), "the secret is not the id: " + cookie);
    }

    @Test
    void aClientHoldingOnlyTheIdGets404AndWritesNothing() {
        CookieKeepingChat browser = new CookieKeepingChat(client);
        String id = (String) browser.post("west-sussex", Map.of("text", "my stepdad hurts me")).get("conversationId");

        CookieKeepingChat stranger = new CookieKeepingChat(client);
        var write = assertThrows(HttpClientResponseException.class,
                () -> stranger.post("west-sussex", Map.of("conversationId", id, "text", "hi, it's me again")));
        assertEquals(404, write.getStatus().getCode());
        var read = assertThrows(HttpClientResponseException.class, () -> stranger.messages("west-sussex", id));
        assertEquals(404, read.getStatus().getCode());
        // a forged cookie of the right name is no better
        var forged = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(HttpRequest
                .GET("/api/chat/west-sussex/conversations/" + id + "/messages").cookie(
                        io.micronaut.http.cookie.Cookie.of("mash_chat_" + id, "guess")), String.class));
        assertEquals(404, forged.getStatus().getCode());

        List<?> messages = browser.messages("west-sussex", id);
        assertEquals(2, messages.size(), "the stranger's line was never stored: " + messages);
        assertEquals(id, browser.post("west-sussex", Map.of("conversationId", id, "text", "are you there")).get("conversationId"));
        var otherArea = assertThrows(HttpClientResponseException.class, () -> browser.messages("medway", id));
        assertEquals(404, otherArea.getStatus().getCode());
    }

    @Test
    void oneConversationTakesAFewMessagesAMinuteWhoeverSendsThem() {
        CookieKeepingChat browser = new CookieKeepingChat(client);
        String id = (String) browser.post("west-sussex", Map.of("text", "hello")).get("conversationId");
        for (int i = 0; i < 4; i++) {
            browser.post("west-sussex", Map.of("conversationId", id, "text", "message " + i));
        }
        var limited = assertThrows(HttpClientResponseException.class,
                () -> browser.post("west-sussex", Map.of("conversationId", id, "text", "one more")));
        assertEquals(429, limited.getStatus().getCode());
        assertTrue(String.valueOf(limited.getResponse().getBody(Map.class).orElseThrow().get("message")).contains("999"));
        // another conversation is not held up
        CookieKeepingChat other = new CookieKeepingChat(client);
        String otherId = (String) other.post("west-sussex", Map.of("text", "hello")).get("conversationId");
        assertEquals(otherId, other.post("west-sussex", Map.of("conversationId", otherId, "text", "hi")).get("conversationId"));
    }
}
