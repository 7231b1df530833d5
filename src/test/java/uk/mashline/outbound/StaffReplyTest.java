package uk.mashline.outbound;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.ConsoleTestData;
import uk.mashline.testsupport.CookieKeepingChat;
import uk.mashline.testsupport.SignedTwilio;
import uk.mashline.testsupport.StaffAccountsForTests;
import uk.mashline.testsupport.TwilioApiStandIn.Received;
import uk.mashline.testsupport.TwilioStandInTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.mashline.testsupport.StaffAccountsForTests.asReviewer;

/** Staff replies as a texter and a web chat user receive them, through a loopback Twilio stand-in. */
class StaffReplyTest extends TwilioStandInTest {

    static final String TEXTER = "+447700900661";

    @Override
    protected String account() {
        return "AC22222222222222222222222222222222";
    }

    @Test
    void aReplyToATexterIsTextedFromTheNumberTheyTextedAndLoggedWithItsAuthor() throws Exception {
        String sid = SignedTwilio.newSid();
        signed().sms(sid, TEXTER, SANDWELL, "I'm worried about my neighbour's kids");
        String conversation = data().string("SELECT conversation_id FROM message WHERE external_id = ? AND direction = 'IN'", sid);

        HttpResponse<Map> response = client.toBlocking().exchange(asReviewer(HttpRequest.POST(
                "/api/staff/conversations/" + conversation + "/replies",
                Map.of("text", "This is Sam from the Sandwell MASH. Can we call you on this number?"))), Map.class);

        assertEquals(201, response.code());
        assertEquals("QUEUED", response.body().get("delivery"));
        List<Received> texts = twilio.awaitTo(TEXTER, 1, Duration.ofSeconds(10));
        assertEquals(1, texts.size());
        assertEquals(SANDWELL, texts.get(0).from());
        assertEquals("This is Sam from the Sandwell MASH. Can we call you on this number?", texts.get(0).body());
        assertEquals(StaffAccountsForTests.REVIEWER, data().string(
                "SELECT author FROM message WHERE conversation_id = ? AND author IS NOT NULL", conversation));
        assertEquals(1, data().count("SELECT COUNT(*) FROM audit_event WHERE action = 'STAFF_REPLY' AND target_id = ? "
                + "AND actor = ? AND detail NOT LIKE '%Sam%'", conversation, StaffAccountsForTests.REVIEWER));
        Map<?, ?> detail = client.toBlocking().retrieve(asReviewer(HttpRequest.GET("/api/staff/conversations/" + conversation)), Map.class);
        List<?> messages = (List<?>) detail.get("messages");
        assertEquals(StaffAccountsForTests.REVIEWER, ((Map<?, ?>) messages.get(messages.size() - 1)).get("author"));
    }

    @Test
    void aReplyToAWebChatReachesThatBrowserOnlyMarkedAsFromStaff() {
        CookieKeepingChat mine = new CookieKeepingChat(client);
        String id = (String) mine.post("medway", Map.of("text", "can I talk to someone about my son's school")).get("conversationId");
        CookieKeepingChat other = new CookieKeepingChat(client);
        String otherId = (String) other.post("medway", Map.of("text", "hello")).get("conversationId");

        HttpResponse<Map> response = client.toBlocking().exchange(asReviewer(HttpRequest.POST(
                "/api/staff/conversations/" + id + "/replies", Map.of("text", "Hello, I'm a social worker at the MASH."))), Map.class);
        assertEquals(201, response.code());
        assertEquals("SHOWN", response.body().get("delivery"));

        List<?> messages = mine.messages("medway", id);
        Map<?, ?> last = (Map<?, ?>) messages.get(messages.size() - 1);
        assertEquals("staff", last.get("from"));
        assertEquals("Hello, I'm a social worker at the MASH.", last.get("text"));
        assertFalse(String.valueOf(messages).contains(StaffAccountsForTests.REVIEWER), "no staff name: " + messages);
        assertEquals("you", ((Map<?, ?>) messages.get(0)).get("from"));
        assertEquals("line", ((Map<?, ?>) messages.get(1)).get("from"));

        assertFalse(String.valueOf(other.messages("medway", otherId)).contains("social worker"));
        assertEquals(404, assertThrows(HttpClientResponseException.class, () -> other.messages("medway", id)).getStatus().getCode());
        assertEquals(0, twilio.requests(), "a web chat reply is not texted");
    }

    @Test
    void aCallCannotTakeAWrittenReplyAndBadRepliesAreRefusedClearly() {
        Instant now = ConsoleTestData.now();
        String call = data().conversation("medway", "VOICE", "+447700900662", "REPORT_CONCERN", "NEW", now, now, 2);
        HttpClientResponseException voice = refused(call, Map.of("text", "We'll ring you back"));
        assertEquals(400, voice.getStatus().getCode());
        assertTrue(String.valueOf(voice.getResponse().getBody(Map.class).orElseThrow().get("message")).contains("phone call"));

        String chat = data().conversation("medway", "WEB", "web:abc", "GREETING", "NEW", now, now, 2);
        assertEquals(400, refused(chat, Map.of("text", "   ")).getStatus().getCode());
        assertEquals(400, refused(chat, Map.of("text", "a".repeat(1601))).getStatus().getCode());
        assertEquals(404, refused(UUID.randomUUID().toString(), Map.of("text", "hello")).getStatus().getCode());
        // after those refusals, on the same kept-alive connection, a reply of the longest length still goes
        // (micronaut-security's CSRF field resolver made it a 500: console.security.FormCsrfTokenResolver)
        assertEquals(201, client.toBlocking().exchange(asReviewer(HttpRequest.POST("/api/staff/conversations/" + chat
                + "/replies", Map.of("text", "b".repeat(1600)))), Map.class).code());
        assertEquals(0, data().count("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND author IS NOT NULL", call));
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/staff/conversations/" + chat + "/replies", Map.of("text", "hi")), Map.class));
        assertEquals(401, anonymous.getStatus().getCode());
    }

    private HttpClientResponseException refused(String conversation, Map<String, String> body) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(asReviewer(
                HttpRequest.POST("/api/staff/conversations/" + conversation + "/replies", body)), Map.class));
    }

}
