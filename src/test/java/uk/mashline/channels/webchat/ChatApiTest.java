package uk.mashline.channels.webchat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.CookieKeepingChat;
import uk.mashline.testsupport.SetCookies;
import uk.mashline.testsupport.SharedService;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedService
class ChatApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aMessageWithoutAnIdStartsAConversationAndTheIdContinuesIt() {
        CookieKeepingChat browser = new CookieKeepingChat(client);
        Map<?, ?> first = browser.post("west-sussex", Map.of("text", "hello"));
        String id = (String) first.get("conversationId");
        assertNotNull(UUID.fromString(id));
        for (String field : List.of("reply", "route", "intent", "confidence", "sources", "more")) {
            assertTrue(first.containsKey(field), "missing " + field + " in " + first);
        }
        Map<?, ?> second = browser.post("west-sussex", Map.of("conversationId", id, "text", "thanks, bye"));
        assertEquals(id, second.get("conversationId"));
    }

    @Test
    void anUnknownPartnershipIs404() {
        assertEquals(404, status("nowhere-shire", Map.of("text", "hello")));
    }

    @Test
    void emptyAndOversizedTextAre400WithAClearMessage() {
        HttpClientResponseException empty = refused("west-sussex", Map.of("text", "   "));
        assertEquals(400, empty.getStatus().getCode());
        assertTrue(empty.getResponse().getBody(Map.class).map(b -> String.valueOf(b.get("message"))).orElse("")
                .contains("empty"));
        assertEquals(400, status("west-sussex", Map.of("text", "a".repeat(2001))));
        assertEquals(200, postStatus("west-sussex", Map.of("text", "a".repeat(2000))));
    }

    @Test
    void anUnknownConversationIdIs404() {
        assertEquals(404, status("west-sussex", Map.of("conversationId", UUID.randomUUID().toString(), "text", "hi")));
        assertEquals(404, status("west-sussex", Map.of("conversationId", "not-an-id", "text", "hi")));
    }

    @Test
    void aConversationCannotBeContinuedUnderAnotherPartnership() {
        CookieKeepingChat browser = new CookieKeepingChat(client);
        String id = (String) browser.post("west-sussex", Map.of("text", "hello")).get("conversationId");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> browser.post("medway", Map.of("conversationId", id, "text", "hi")));
        assertEquals(404, e.getStatus().getCode());
    }

    @Test
    void jsonOfTheWrongShapeIs400() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/chat/west-sussex/messages", "{\"text\": [1,2]")
                        .contentType(MediaType.APPLICATION_JSON_TYPE), Map.class));
        assertEquals(400, e.getStatus().getCode());
    }

    @Test
    void webRepliesNameTheirSources() {
        Map<?, ?> reply = post("medway", Map.of("text", "I want to report a concern about a child in my street"));
        assertFalse(((List<?>) reply.get("sources")).isEmpty(), String.valueOf(reply));
    }

    private Map<?, ?> post(String partnership, Map<String, String> body) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/chat/" + partnership + "/messages", body), Map.class);
    }

    private int postStatus(String partnership, Map<String, String> body) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/chat/" + partnership + "/messages", body), Map.class)
                .code();
    }

    private int status(String partnership, Map<String, String> body) {
        return refused(partnership, body).getStatus().getCode();
    }

    private HttpClientResponseException refused(String partnership, Map<String, String> body) {
        return assertThrows(HttpClientResponseException.class, () -> post(partnership, body));
    }

    @Test
    void theChatCookieIsSecureOnlyWhenTheRequestCameOverHttpsByTheOneRule() {
        // plain HTTP, no trusted proxy: neither the public URL being https nor the client's own claim makes it Secure
        assertFalse(SetCookies.secure(SetCookies.ofNewChat(client, Map.of())));
        assertFalse(SetCookies.secure(SetCookies.ofNewChat(client, Map.of("X-Forwarded-Proto", "https"))));
        String cookie = SetCookies.ofNewChat(client, Map.of());
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.toLowerCase().contains("samesite=strict"), cookie);
    }
}
