package uk.mashline.channels;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.TwilioSigner;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd and hostile input never causes a 5xx: every text still gets TwiML, every bad request a 4xx. */
@MicronautTest(transactional = false)
@Property(name = "mash.twilio.auth-token", value = HostileInputTest.TOKEN)
class HostileInputTest {

    static final String TOKEN = "hostile-token";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u0000\u0007\u001b[2J", "😭😭😭 help 🔪", "Помогите", "مساعدة", "ＨＥＬＰ",
            "'; DROP TABLE message; --", "<script>alert(1)</script><img src=x onerror=alert(2)>", "%s%n%x",
            "\uD83D", "a\u202Eb", "STOP", "0", "9"})
    void oddSmsBodiesGetTwiml(String body) {
        String xml = sms(Map.of("Body", body));
        assertTrue(xml.startsWith("<?xml") && xml.contains("<Response>"), xml);
        assertTrue(!xml.contains("<script>"), "text is XML-escaped: " + xml);
    }

    @Test
    void aLong1600CharacterBodyIsAnswered() {
        String xml = sms(Map.of("Body", "please help ".repeat(134)));
        assertTrue(xml.contains("<Message>"), xml);
    }

    @Test
    void missingTwilioParametersStillGetTheSafetyLine() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", "AC0");
        String xml = postSigned("/twilio/sms", params);
        assertTrue(xml.contains("999"), xml);
    }

    @Test
    void duplicateParametersAndInvalidUtf8AreTolerated() {
        String path = "/twilio/sms";
        Map<String, String> firstValues = new LinkedHashMap<>();
        firstValues.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        firstValues.put("To", "+447700900101");
        firstValues.put("From", "+447700900555");
        firstValues.put("Body", "\uFFFD\uFFFD help");
        String raw = "MessageSid=" + firstValues.get("MessageSid") + "&To=%2B447700900101&From=%2B447700900555"
                + "&Body=%FF%FE+help&Body=second";
        var request = HttpRequest.POST(path, raw)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Host", "localhost:" + server.getPort())
                .header("X-Twilio-Signature", new TwilioSigner(TOKEN).sign(url(path), firstValues));
        var response = client.toBlocking().exchange(request, String.class);
        assertEquals(200, response.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": 42}", "[]", "\"text\"", "{\"text\": {\"a\": 1}}", "{", "null",
            "{\"conversationId\": 7, \"text\": \"hi\"}"})
    void jsonOfTheWrongShapeNeverCausesA5xx(String json) {
        int status;
        try {
            status = client.toBlocking().exchange(HttpRequest.POST("/api/chat/west-sussex/messages", json)
                    .contentType(MediaType.APPLICATION_JSON_TYPE), String.class).code();
        } catch (HttpClientResponseException e) {
            status = e.getStatus().getCode();
        }
        assertTrue(status < 500, json + " gave " + status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/partnerships/%27%20OR%201=1", "/api/partnerships/west-sussex/escalation-policy/deadline?stage=1%27&raisedOn=x",
            "/chat/%3Cscript%3E", "/api/staff/conversations?page=-1", "/twilio/voice/gather?attempt=abc"})
    void injectionAttemptsInUrlsAreA4xx(String path) {
        try {
            int status = client.toBlocking().exchange(HttpRequest.GET(path), String.class).code();
            assertTrue(status < 500, path + " gave " + status);
        } catch (HttpClientResponseException e) {
            assertTrue(e.getStatus().getCode() < 500, path + " gave " + e.getStatus().getCode());
        }
    }

    private String sms(Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        params.put("From", "+447700900555");
        params.put("To", "+447700900101");
        params.putAll(extra);
        return postSigned("/twilio/sms", params);
    }

    private String postSigned(String path, Map<String, String> params) {
        var request = HttpRequest.POST(path, TwilioSigner.form(params))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Host", "localhost:" + server.getPort())
                .header("X-Twilio-Signature", new TwilioSigner(TOKEN).sign(url(path), params));
        var response = client.toBlocking().exchange(request, String.class);
        assertEquals(200, response.code());
        return response.body();
    }

    private String url(String path) {
        return TwilioSigner.PUBLIC_URL + path;
    }
}
