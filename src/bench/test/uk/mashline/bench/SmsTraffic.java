package uk.mashline.bench;

import uk.mashline.testsupport.TwilioSigner;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signed Twilio SMS webhooks as Twilio sends them to the West Sussex sample number: every request
 * has its own MessageSid and sender, so each one is a new conversation the service must classify
 * and store (a repeated MessageSid would be answered from the store, which would flatter it).
 * The texts rotate over messages for every route, immediate risk included.
 */
public final class SmsTraffic {

    static final String WEST_SUSSEX = "+447700900101";

    /** The texts, for benchmarks in other packages (dialogue.CueGuardBench). */
    public static List<String> texts() {
        return TEXTS;
    }

    static final List<String> TEXTS = List.of(
            "he's got a knife and says he'll kill us, please help",
            "someone is hurting a little girl in the flat upstairs right now I can hear her screaming",
            "I'm worried about a child at my son's school, she always has bruises",
            "my neighbour leaves her kids alone all night and they look hungry",
            "I want to report a concern about my niece, her stepdad shouts at her and she is scared to go home",
            "we are struggling as a family and need some support with our teenage son",
            "how do I get early help for my daughter, she won't go to school",
            "I'm a teacher and would like a consultation about a pupil before making a referral",
            "as a health visitor can I talk through a case with someone in the MASH",
            "I disagree with the decision to close the case, how do I escalate it",
            "I'm a GP and want to challenge the threshold decision made by social care",
            "do I need the parents' consent before I share information with the MASH",
            "can I share information without consent if I think a child is at risk",
            "I want to make a complaint about how my referral was handled",
            "nobody called me back and I am not happy with the service",
            "can I speak to a real person please",
            "hello",
            "thanks, bye",
            "what's the weather like tomorrow",
            "I am 14 and my dad hits me when he is drunk, I don't want to go home tonight");

    /** The texts above about a child in danger now, whose answer must start with the 999 line. */
    private static final java.util.Set<Integer> DANGER = java.util.Set.of(0, 1);

    /** Whether the n-th request's text is about a child in danger now. */
    static boolean isDanger(long n) {
        return DANGER.contains((int) (n % TEXTS.size()));
    }

    private final URI uri;
    private final String signedUrl;
    private final TwilioSigner signer;
    private final int runId;
    private final int phase;

    /** @param phase 0-9, a different one for each run against the same database, so senders never repeat */
    SmsTraffic(String baseUrl, String authToken, int phase) {
        this(baseUrl, "/twilio/sms", authToken, phase);
    }

    /** @param path the webhook: the SMS one, or Twilio's fallback (the safety reply alone, no turn) as a surge's ceiling */
    SmsTraffic(String baseUrl, String path, String authToken, int phase) {
        this.uri = URI.create(baseUrl + path);
        // the service checks the signature against scheme://Host + path, as Twilio signs it
        this.signedUrl = uri.toString();
        this.signer = new TwilioSigner(authToken);
        this.runId = new java.util.Random().nextInt();
        this.phase = phase;
    }

    /** The n-th request of this run: its own MessageSid and sender, a text chosen by rotation. */
    HttpRequest request(long n) {
        return request(params(n));
    }

    /** A text of the caller's choosing: its MessageSid (from {@link #sid(long)} of any run), sender and words. */
    HttpRequest request(String sid, String from, String body) {
        Map<String, String> params = params(0);
        params.put("SmsMessageSid", sid);
        params.put("SmsSid", sid);
        params.put("Body", body);
        params.put("MessageSid", sid);
        params.put("From", from);
        return request(params);
    }

    private HttpRequest request(Map<String, String> params) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", signer.sign(signedUrl, params))
                .POST(HttpRequest.BodyPublishers.ofString(TwilioSigner.form(params)))
                .build();
    }

    /** The n-th request as a line for scripts/bench-sms.lua: its signature, a tab, its form body. */
    String signedLine(long n) {
        Map<String, String> params = params(n);
        return signer.sign(signedUrl, params) + "\t" + TwilioSigner.form(params);
    }

    private Map<String, String> params(long n) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ToCountry", "GB");
        params.put("SmsMessageSid", sid(n));
        params.put("NumMedia", "0");
        params.put("FromCountry", "GB");
        params.put("SmsSid", sid(n));
        params.put("SmsStatus", "received");
        params.put("Body", TEXTS.get((int) (n % TEXTS.size())));
        params.put("To", WEST_SUSSEX);
        params.put("NumSegments", "1");
        params.put("MessageSid", sid(n));
        params.put("AccountSid", "AC00000000000000000000000000000000");
        params.put("From", String.format("+447%d%08d", phase, n));
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    String sid(long n) {
        return String.format("SM%08x%024x", runId, n);
    }
}
