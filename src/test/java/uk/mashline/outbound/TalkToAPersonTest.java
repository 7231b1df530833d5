package uk.mashline.outbound;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.CookieKeepingChat;
import uk.mashline.testsupport.SignedTwilio;
import uk.mashline.testsupport.StaffAccountsForTests;
import uk.mashline.testsupport.TwilioApiStandIn;
import uk.mashline.testsupport.TwilioStandInTest;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.mashline.testsupport.StaffAccountsForTests.asReviewer;

/**
 * "Talk to a person" as people ask for one: by web chat and text they are listed as waiting for staff and
 * told honestly whether anyone is on duty to reply; by phone they are put through, then to the duty phones.
 */
class TalkToAPersonTest extends TwilioStandInTest {

    static final String DUTY = "+447700900201";
    static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([0-9a-f]{64})\">");
    static final Pattern A_NUMBER = Pattern.compile("\\d{4,5} ?\\d{3} ?\\d{3,4}");

    @Override
    protected String account() {
        return "AC33333333333333333333333333333333";
    }

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("mash.duty-alerts", "west-sussex=" + DUTY, "micronaut.http.client.follow-redirects", "false");
    }

    @BeforeEach
    void reset() {
        data().execute("UPDATE staff_user SET available = FALSE");
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
    }

    @Test
    void aWebChatAskingForARealPersonIsListedAsWaitingAndToldNobodyIsOnDutyAndAnOrdinaryChatIsNot() throws Exception {
        String ordinary = (String) new CookieKeepingChat(client).post("west-sussex", Map.of("text", "hello")).get("conversationId");
        CookieKeepingChat browser = new CookieKeepingChat(client);
        Map<?, ?> reply = browser.post("west-sussex", Map.of("text", "can I talk to a real person"));
        String asking = (String) reply.get("conversationId");

        String text = reply.get("reply") + " " + reply.get("more");
        assertEquals("HUMAN_HANDOFF", reply.get("route"), text);
        assertTrue(text.contains("Nobody from the MASH team is on duty to reply here right now"), text);
        assertTrue(A_NUMBER.matcher(text).find(), "what to do meanwhile, with a number: " + text);

        List<?> waiting = waiting("west-sussex");
        assertTrue(ids(waiting).contains(asking), String.valueOf(waiting));
        assertFalse(ids(waiting).contains(ordinary), String.valueOf(waiting));
        assertNotNull(((Map<?, ?>) waiting.get(ids(waiting).indexOf(asking))).get("waitingSince"));
        List<TwilioApiStandIn.Received> alerts = twilio.awaitTo(DUTY, 1, Duration.ofSeconds(10));
        assertEquals(1, alerts.size());
        assertTrue(alerts.get(0).body().contains("asked for a person") && alerts.get(0).body().contains(asking),
                alerts.get(0).body());

        // asking again does not text the duty phone again; a staff reply ends the wait
        browser.post("west-sussex", Map.of("conversationId", asking, "text", "HUMAN"));
        client.toBlocking().exchange(asReviewer(HttpRequest.POST("/api/staff/conversations/" + asking + "/replies",
                Map.of("text", "Hello, this is the MASH duty worker."))), Map.class);
        assertFalse(ids(waiting("west-sussex")).contains(asking));
        Thread.sleep(500);
        assertEquals(1, twilio.received().stream().filter(r -> r.to().equals(DUTY)).count());
    }

    @Test
    void aTexterAskingForAPersonIsToldSomeoneWillReplyWhenAMemberOfStaffIsSignedInAndAvailable() {
        String cookie = sessionCookie();
        String csrf = csrf(cookie);
        HttpResponse<Map> on = client.toBlocking().exchange(HttpRequest.PUT("/api/staff/me/availability",
                Map.of("available", true)).header("Cookie", cookie).header("X-CSRF-Token", csrf), Map.class);
        assertEquals(true, on.body().get("available"));
        assertEquals(true, on.body().get("someoneOnDuty"));

        String twiml = signed().sms(SignedTwilio.newSid(), "+447700900771", SANDWELL, "HUMAN");
        assertTrue(twiml.contains("A member of the MASH team is on duty"), twiml);
        assertTrue(A_NUMBER.matcher(twiml).find(), "Sandwell's number too: " + twiml);
        assertTrue(data().count("SELECT COUNT(*) FROM audit_event WHERE action = 'AVAILABILITY_CHANGE' AND actor = ?",
                StaffAccountsForTests.REVIEWER) > 0);

        client.toBlocking().exchange(HttpRequest.PUT("/api/staff/me/availability", Map.of("available", false))
                .header("Cookie", cookie).header("X-CSRF-Token", csrf), Map.class);
        String later = signed().sms(SignedTwilio.newSid(), "+447700900772", SANDWELL, "can I speak to a real person please");
        assertTrue(later.contains("Nobody from the MASH team is on duty"), later);
        // available but not signed in (HTTP Basic is no session): nobody is on duty
        client.toBlocking().exchange(asReviewer(HttpRequest.PUT("/api/staff/me/availability", Map.of("available", true))), Map.class);
        client.toBlocking().exchange(HttpRequest.POST("/console/logout", Map.of("_csrf", csrf))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Cookie", cookie), String.class);
        assertTrue(signed().sms(SignedTwilio.newSid(), "+447700900773", SANDWELL, "HUMAN").contains("Nobody from the MASH team"));
    }

    @Test
    void theWaitingListIsExactlyThoseWaitingTheLongestWaitingFirst() {
        clock.set(Instant.parse("2027-03-10T10:05:00Z"));
        String later = (String) new CookieKeepingChat(client).post("north-tyneside", Map.of("text", "I want to talk to a human"))
                .get("conversationId");
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
        String earlier = (String) new CookieKeepingChat(client).post("north-tyneside", Map.of("text", "can I talk to a real person"))
                .get("conversationId");
        new CookieKeepingChat(client).post("north-tyneside", Map.of("text", "I'm worried about a child next door"));
        assertEquals(List.of(earlier, later), ids(waiting("north-tyneside")));
    }

    @Test
    void aCallerWhoAsksForAPersonIsPutThroughThenToTheDutyPhonesThenGivenTheNumbers() {
        clock.set(Instant.parse("2027-03-13T22:00:00Z"));
        Map<String, String> call = call(Map.of("SpeechResult", "a person"));
        String xml = signed().post("/twilio/voice/gather?attempt=0", call);
        assertTrue(xml.contains("<Dial") && xml.contains("+443302226664"), "out of hours, the emergency duty team: " + xml);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(xml.substring(xml.indexOf("<Dial")));
        assertTrue(action.find(), xml);
        String next = signed().post(action.group(1).replace("&amp;", "&"), call(Map.of("DialCallStatus", "no-answer")));
        assertTrue(next.contains("<Number>" + DUTY + "</Number>"), "nobody answered: the duty phone: " + next);
        Matcher duty = Pattern.compile("action=\"([^\"]+)\"").matcher(next.substring(next.indexOf("<Dial")));
        assertTrue(duty.find(), next);
        String end = signed().post(duty.group(1).replace("&amp;", "&"), call(Map.of("DialCallStatus", "busy")));
        assertTrue(end.contains("999") && end.endsWith("<Hangup/></Response>"), end);
        assertFalse(end.contains("<Dial"), end);
    }

    private Map<String, String> call(Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", "CA" + java.util.UUID.randomUUID().toString().replace("-", ""));
        params.put("AccountSid", "AC00000000000000000000000000000000");
        params.put("From", "+447700900774");
        params.put("To", WEST_SUSSEX);
        params.putAll(extra);
        return params;
    }

    private List<?> waiting(String partnership) {
        Map<?, ?> page = client.toBlocking().retrieve(asReviewer(HttpRequest.GET(
                "/api/staff/conversations?waiting=true&partnership=" + partnership)), Map.class);
        return (List<?>) page.get("content");
    }

    private static List<String> ids(List<?> rows) {
        // an empty page has no content field (empty lists are left out of the JSON)
        return rows == null ? List.of() : rows.stream().map(r -> (String) ((Map<?, ?>) r).get("id")).toList();
    }

    private String sessionCookie() {
        MutableHttpRequest<?> login = HttpRequest.POST("/console/login", Map.of("username", StaffAccountsForTests.REVIEWER,
                "password", StaffAccountsForTests.PASSWORD)).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        String setCookie = client.toBlocking().exchange(login, String.class).header("Set-Cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private String csrf(String cookie) {
        Matcher m = CSRF_META.matcher(client.toBlocking().retrieve(HttpRequest.GET("/console").header("Cookie", cookie)));
        assertTrue(m.find());
        return m.group(1);
    }


}
