package uk.mashline.channels.twilio;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.persistence.FileTurnJournal;
import uk.mashline.testsupport.SettableClock;
import uk.mashline.testsupport.TwilioSigner;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Twilio webhooks as Twilio calls them: form-encoded, signed, to the sample West Sussex number. */
@MicronautTest(transactional = false)
@Property(name = "mash.twilio.auth-token", value = TwilioWebhooksTest.TOKEN)
class TwilioWebhooksTest {

    static final String TOKEN = "test-auth-token-0123456789";
    static final String WEST_SUSSEX = "+447700900101";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Inject
    SettableClock clock;

    @Inject
    FileTurnJournal journal;

    private final TwilioSigner signer = new TwilioSigner(TOKEN);

    @Test
    void anImmediateRiskTextGets999FirstAndTheMashNumber() {
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
        String xml = postSigned("/twilio/sms", sms(newSid(), "he's got a knife and says he'll kill us, please help"));
        assertTrue(xml.contains("<Message>"), xml);
        String first = xml.substring(xml.indexOf("<Message>") + 9);
        assertTrue(first.startsWith("Call 999 now"), xml);
        assertTrue(xml.contains("01403 229900"), xml);
    }

    @Test
    void aRedeliveredMessageIsAnsweredAgainButStoredOnce() throws Exception {
        String sid = newSid();
        Map<String, String> params = sms(sid, "I'm worried about a child at my son's school, she always has bruises");
        String first = postSigned("/twilio/sms", params);
        String second = postSigned("/twilio/sms", params);
        assertEquals(first, second);
        assertTrue(first.contains("Source: "), "a text names its source briefly: " + first);
        assertEquals(1, count("SELECT COUNT(*) FROM message WHERE external_id = ? AND direction = 'IN'", sid));
        assertEquals(1, count("SELECT COUNT(*) FROM message WHERE external_id = ? AND direction = 'OUT'", sid));
    }

    @Test
    void unsignedAndForgedRequestsAre403AndNothingIsStored() throws Exception {
        String sid = newSid();
        Map<String, String> params = sms(sid, "hello");
        HttpClientResponseException unsigned = post("/twilio/sms", params, null);
        assertEquals(403, unsigned.getStatus().getCode());
        HttpClientResponseException forged = post("/twilio/sms", params, signer.sign(url("/twilio/sms"), sms(sid, "hi")));
        assertEquals(403, forged.getStatus().getCode());
        HttpClientResponseException wrongKey = post("/twilio/voice", params,
                new TwilioSigner("not-the-token").sign(url("/twilio/voice"), params));
        assertEquals(403, wrongKey.getStatus().getCode());
        assertEquals(0, count("SELECT COUNT(*) FROM message WHERE external_id = ?", sid));
    }

    @Test
    void aCallIsAnsweredWithAGatherForSpeechAndKeypadInBritishEnglish() {
        String xml = postSigned("/twilio/voice", call(Map.of()));
        assertTrue(xml.contains("<Gather"), xml);
        assertTrue(xml.contains("input=\"speech dtmf\""), xml);
        assertTrue(xml.contains("language=\"en-GB\""), xml);
        assertTrue(xml.contains("profanityFilter=\"false\""), xml);
        int firstSay = xml.indexOf("<Say");
        assertTrue(xml.substring(firstSay, xml.indexOf("</Say>", firstSay)).contains("999"), xml);
    }

    @Test
    void aSpokenDangerAnswerIsToldToDial999() {
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
        String xml = postSigned("/twilio/voice/gather?attempt=0",
                call(Map.of("SpeechResult", "my dad is hitting my mum right now", "Confidence", "0.91")));
        int firstSay = xml.indexOf("<Say");
        String firstSentence = xml.substring(firstSay, xml.indexOf("</Say>", firstSay));
        assertTrue(firstSentence.contains("dial 999"), xml);
        assertTrue(xml.contains("<Gather"), "the call keeps listening: " + xml);
    }

    @Test
    void keypadOneIsDangerAndIsToldToDial999() {
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
        String xml = postSigned("/twilio/voice/gather?attempt=0", call(Map.of("Digits", "1")));
        int firstSay = xml.indexOf("<Say");
        assertTrue(xml.substring(firstSay, xml.indexOf("</Say>", firstSay)).contains("dial 999"), xml);
    }

    @Test
    void aPractitionerAskingForAConsultationOnAWorkingDayIsPutThroughToTheMash() {
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
        String xml = postSigned("/twilio/voice/gather?attempt=0", call(Map.of("SpeechResult",
                "I'm a health visitor and I'd like a consultation about whether this family meets the threshold")));
        assertTrue(xml.contains("<Dial") && xml.contains("+441403229900"), xml);
        assertTrue(xml.contains("action=\"/twilio/voice/dial-ended?tried=01403+229900\""), xml);
        // nobody answers (no duty phones configured here): the emergency duty team's number, not the one tried
        String after = postSigned("/twilio/voice/dial-ended?tried=01403+229900",
                call(Map.of("DialCallStatus", "no-answer")));
        assertTrue(after.contains("0 3 3 0, 2 2 2, 6 6 6 4"), "if nobody answers, the emergency duty team: " + after);
        assertTrue(!after.contains("2 2 9 9 0 0") && after.endsWith("<Hangup/></Response>"), after);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>",
                postSigned("/twilio/voice/dial-ended?tried=01403+229900", call(Map.of("DialCallStatus", "completed"))));
    }

    @Test
    void outOfHoursACallerAskingForAPersonIsPutThroughToTheEmergencyDutyTeam() {
        clock.set(Instant.parse("2027-03-13T22:00:00Z"));
        String xml = postSigned("/twilio/voice/gather?attempt=0", call(Map.of("Digits", "0")));
        assertTrue(xml.contains("<Dial") && xml.contains("+443302226664"), xml);
        assertTrue(xml.indexOf("0 3 3 0, 2 2 2, 6 6 6 4") < xml.indexOf("<Dial"), "says who it puts them through to: " + xml);
    }

    @Test
    void silenceTwiceEndsWithTheSafetyLineAndTheMashNumber() {
        String retry = postSigned("/twilio/voice/gather?attempt=0", call(Map.of()));
        assertTrue(retry.contains("attempt=1"), retry);
        String end = postSigned("/twilio/voice/gather?attempt=1", call(Map.of()));
        assertTrue(end.contains("999"), end);
        assertTrue(end.contains("0, 1 4 0 3, 2 2 9 9 0 0") || end.contains("0 1 4 0 3, 2 2 9 9 0 0"), end);
        assertTrue(end.contains("<Hangup/>"), end);
    }

    @Test
    void aCallerNotUnderstoodTwiceHears999AndIsPutThroughEvenOutOfHours() {
        clock.set(Instant.parse("2027-03-13T22:00:00Z"));
        Map<String, String> first = call(Map.of("SpeechResult", "purple banana keyboard"));
        String ask = postSigned("/twilio/voice/gather?attempt=0", first);
        assertTrue(!ask.contains("<Dial"), ask);
        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("SpeechResult", "seven orange umbrellas dancing");
        String xml = postSigned("/twilio/voice/gather?attempt=0", second);
        assertTrue(xml.contains("<Dial"), xml);
        assertTrue(xml.indexOf("999") >= 0 && xml.indexOf("999") < xml.indexOf("<Dial"), "999 first: " + xml);
    }

    @Test
    void aChildOnACallWhoGivesTheirAgeIsAskedIfSafeAndHearsChildlinesNumberInOnePrompt() {
        Map<String, String> first = call(Map.of("SpeechResult", "my dad hits me"));
        postSigned("/twilio/voice/gather?attempt=0", first);
        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("SpeechResult", "I'm 12");
        String xml = postSigned("/twilio/voice/gather?attempt=0", second);
        String said = xml.substring(xml.indexOf("<Say"), xml.indexOf("</Say>"));
        assertTrue(said.contains("safe right now") && said.contains("0 8 0 0"), xml);
        assertTrue(said.substring(said.indexOf('>') + 1).split("\\s+").length <= 50, xml);
        assertFalse(xml.contains("Which of these"), xml);
    }

    @Test
    void aPractitionerCallingAboutAnEscalationIsAskedInSpokenWordsAndHearsTheDueDateFirst() {
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
        // (a conference decision has the model policy's own route, told at once: the MASH's goes through the stages)
        Map<String, String> turn = call(Map.of("SpeechResult",
                "I'm a health visitor and I disagree with the MASH decision to close my referral yesterday"));
        turn.put("To", "+447700900105");
        String asked = firstSay(postSigned("/twilio/voice/gather?attempt=0&turn=1", turn));
        assertTrue(asked.contains("Say yes or no") && !asked.contains("Reply"), asked);
        turn.put("SpeechResult", "yes I spoke to the team manager");
        postSigned("/twilio/voice/gather?attempt=0&turn=2", turn);
        turn.put("SpeechResult", "we're at stage two, I raised it this morning");
        // the lead's trial (30 Nov): the date was the sentence a 50-word prompt cut off
        String answer = firstSay(postSigned("/twilio/voice/gather?attempt=0&turn=3", turn));
        assertTrue(answer.contains("due by Friday 12 March 2027"), answer);
    }

    @Test
    void aCallerAskedWhichStageHearsEveryStageInThePrompt() {
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
        Map<String, String> turn = call(Map.of("SpeechResult", "I'm a teacher and I disagree with the MASH decision"));
        turn.put("To", "+447700900105");
        postSigned("/twilio/voice/gather?attempt=0&turn=1", turn);
        turn.put("SpeechResult", "yes");
        // a caller cannot answer "which stage?" without hearing the stages: the model policy's list was past the
        // 50-word cut (flows, 30 Nov); on a call each stage is named in the short words its data gives for speech
        String xml = postSigned("/twilio/voice/gather?attempt=0&turn=2", turn);
        String asked = firstSay(xml);
        assertTrue(asked.contains("Which stage") && asked.contains("1 ") && asked.contains("4 ")
                && asked.toLowerCase(java.util.Locale.UK).contains("resolution panel"), xml);
        assertTrue(asked.split("\\s+").length <= 50, asked);
    }

    @Test
    void aCallerWhoTellsOfHerPartnersAbuseHearsTheDomesticAbuseHelpline() {
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
        // it was on text channels only (flows, 30 Nov); it has a number, so a caller hears it too, within the prompt budget
        Map<String, String> turn = call(Map.of("SpeechResult", "my boyfriend hit me last night and the kids saw it"));
        String xml = postSigned("/twilio/voice/gather?attempt=0&turn=1", turn);
        // the children's numbers first, then the helpline on the caller's "more", each prompt within its 50 words
        for (int more = 2; more <= 4 && !xml.contains("Domestic Abuse Helpline"); more++) {
            turn.put("SpeechResult", "more");
            xml = postSigned("/twilio/voice/gather?attempt=0&turn=" + more, turn);
        }
        assertTrue(xml.contains("Domestic Abuse Helpline") && xml.contains("2 4 7") && !xml.contains("https://"), xml);
        String prompt = String.join(" ", xml.replaceAll("<Gather.*", "").split("<Say[^>]*>"))
                .replaceAll("</Say>|<[^>]+>", " ").replace("Say more, or press 9, for the rest.", "").strip();
        assertTrue(prompt.split("\\s+").length <= 50, prompt);
    }

    @Test
    void aTextAboutAnOverdueStageGetsTheNextStageAndItsDateBeforeMore() {
        clock.set(Instant.parse("2026-11-30T13:00:00Z"));
        Map<String, String> text = sms(newSid(), "social worker here, stage 1 escalation raised 20/11 re CP plan decision, "
                + "no response, what now");
        text.put("To", "+447700900105");
        // the lead's trial (30 Nov): stage 2 and its date were behind "Reply MORE"
        String xml = postSigned("/twilio/sms", text);
        assertTrue(xml.contains("go to stage 2 now") && xml.contains("If you raise stage 2 today, it is due by Wednesday 2 "
                + "December 2026"), xml);
    }

    @Test
    void aCallerWhoSaysGoodbyeIsNotOfferedMoreBeforeTheLineEnds() {
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
        String xml = postSigned("/twilio/voice/gather?attempt=0", call(Map.of("SpeechResult", "thank you goodbye")));
        assertTrue(xml.contains("<Hangup/>") && !xml.contains("Say more"), xml);
    }

    private static String firstSay(String xml) {
        return xml.substring(xml.indexOf('>', xml.indexOf("<Say")) + 1, xml.indexOf("</Say>"));
    }

    @Test
    void anUnknownNumberGetsTheGenericSafetyReply() {
        Map<String, String> params = sms(newSid(), "help");
        params.put("To", "+447700900999");
        String xml = postSigned("/twilio/sms", params);
        assertTrue(xml.contains("Call 999 now"), xml);
    }

    @Test
    void theFallbackUrlsNeedNoDatabaseAndGive999AndTheNumbers() {
        String sms = postSigned("/twilio/fallback/sms", sms(newSid(), "anything"));
        assertTrue(sms.contains("Call 999 now") && sms.contains("01403 229900"), sms);
        String voice = postSigned("/twilio/fallback/voice", call(Map.of()));
        assertTrue(voice.contains("999") && voice.contains("<Hangup/>"), voice);
    }

    @Test
    void theSmsFallbackAnswersInTheWritersLanguageWithoutTheContactsEnglishLabel() {
        Map<String, String> params = sms(newSid(), "Dzień dobry, potrzebuję pomocy z moim dzieckiem");
        params.put("To", "+447700900102");
        String sms = postSigned("/twilio/fallback/sms", params);
        assertTrue(sms.contains("999") && sms.contains("tłumacza"), sms);
        assertTrue(sms.contains("01634 334466") || sms.contains("03000 419191"), sms);
        assertFalse(sms.contains("Medway out-of-hours line") || sms.contains("Call 999 now"), sms);
    }

    @Test
    void stopStillLeavesTheSenderWithThe999Line() {
        String xml = postSigned("/twilio/sms", sms(newSid(), "STOP"));
        assertTrue(xml.contains("999"), xml);
    }

    @Test
    void aReplayedVoiceAnswerIsAnsweredButStoredOnce() throws Exception {
        Map<String, String> call = call(Map.of());
        String answered = postSigned("/twilio/voice", call);
        assertTrue(answered.contains("turn=1"), "the first answer's URL carries its number: " + answered);
        Map<String, String> said = new LinkedHashMap<>(call);
        said.put("SpeechResult", "I am worried about a child next door who is often left alone");
        String first = postSigned("/twilio/voice/gather?attempt=0&turn=1", said);
        assertTrue(first.contains("turn=2"), first);
        // an attacker (or a network) sends the very same signed request again
        String replayed = postSigned("/twilio/voice/gather?attempt=0&turn=1", said);
        assertTrue(replayed.contains("<Say"), replayed);
        String id = call.get("CallSid") + ":t1";
        assertEquals(1, count("SELECT COUNT(*) FROM message WHERE external_id = ? AND direction = 'IN'", id));
        assertEquals(1, count("SELECT COUNT(*) FROM message WHERE external_id = ? AND direction = 'OUT'", id));
    }

    @Test
    void aSignatureMadeForAnotherHostIsRefused() throws Exception {
        // whoever sends the request chooses the Host header: the URL checked is MASH_PUBLIC_URL's, never the Host's
        String sid = newSid();
        Map<String, String> params = sms(sid, "hello");
        String signedForEvil = signer.sign("http://evil.example/twilio/sms", params);
        HttpClientResponseException refused;
        try {
            client.toBlocking().exchange(HttpRequest.POST("/twilio/sms", TwilioSigner.form(params))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                    .header("Host", "evil.example").header("X-Twilio-Signature", signedForEvil), String.class);
            throw new AssertionError("expected a refusal");
        } catch (HttpClientResponseException e) {
            refused = e;
        }
        assertEquals(403, refused.getStatus().getCode());
        assertEquals(0, count("SELECT COUNT(*) FROM message WHERE external_id = ?", sid));
    }

    @Test
    void anOverLongSenderIsAClear400NothingIsStoredOrJournalledAndTheNextTextIsStored() throws Exception {
        // a SIP or client identity as From, longer than any phone number and than the sender column
        String sid = newSid();
        Map<String, String> params = sms(sid, "is anyone there");
        params.put("From", "sip:" + "a".repeat(200) + "@pbx.example.org");
        HttpClientResponseException refused = post("/twilio/sms", params, signer.sign(url("/twilio/sms"), params));
        assertEquals(400, refused.getStatus().getCode());
        assertTrue(refused.getResponse().getBody(String.class).orElse("").contains("sender (From) is too long"),
                refused.getResponse().getBody(String.class).orElse(""));
        assertEquals(0, count("SELECT COUNT(*) FROM message WHERE external_id = ?", sid));
        assertEquals(0, journal.status().waitingFiles(), "nothing journalled as if the database were down");
        String next = newSid();
        postSigned("/twilio/sms", sms(next, "hello, I need some advice"));
        assertEquals(1, count("SELECT COUNT(*) FROM message WHERE external_id = ? AND direction = 'IN'", next));
    }

    private Map<String, String> sms(String sid, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("AccountSid", "AC00000000000000000000000000000000");
        params.put("From", "+447700900555");
        params.put("To", WEST_SUSSEX);
        params.put("Body", body);
        params.put("NumMedia", "0");
        return params;
    }

    private Map<String, String> call(Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", "CA" + UUID.randomUUID().toString().replace("-", ""));
        params.put("AccountSid", "AC00000000000000000000000000000000");
        params.put("From", "+447700900556");
        params.put("To", WEST_SUSSEX);
        params.putAll(extra);
        return params;
    }

    static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private String url(String pathAndQuery) {
        return TwilioSigner.PUBLIC_URL + pathAndQuery;
    }

    private String postSigned(String path, Map<String, String> params) {
        HttpResponse<String> response = client.toBlocking().exchange(request(path, params, signer.sign(url(path), params)),
                String.class);
        assertEquals(200, response.code());
        return response.body();
    }

    private HttpClientResponseException post(String path, Map<String, String> params, String signature) {
        try {
            client.toBlocking().exchange(request(path, params, signature), String.class);
            throw new AssertionError("expected a refusal");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    private HttpRequest<String> request(String path, Map<String, String> params, String signature) {
        var request = HttpRequest.POST(path, TwilioSigner.form(params))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Host", "localhost:" + server.getPort());
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return request;
    }

    private int count(String sql, String value) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
