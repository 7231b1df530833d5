package uk.mashline.channels;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.dialogue.SmsSegments;
import uk.mashline.testsupport.SettableClock;
import uk.mashline.testsupport.TwilioSigner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budgets as a person meets them: every line of budgets/messages.txt is sent to every
 * partnership as a signed Twilio SMS, as a spoken answer on a call, and in the web chat, in office
 * hours and in the evening. Segments are counted as Twilio counts them over all the turn's
 * {@code <Message>} elements, words over all the {@code <Say>}s of a prompt (up to a Gather or a Dial), sentences of the web
 * reply before "more". The figures go to target/reply-budgets.txt (the README quotes them).
 */
@MicronautTest(transactional = false)
@Property(name = "mash.twilio.auth-token", value = ReplyBudgetsTest.TOKEN)
class ReplyBudgetsTest {

    static final String TOKEN = "budget-test-token-0123456789";
    static final Map<String, String> PARTNERSHIPS = Map.of("west-sussex", "+447700900101", "medway", "+447700900102",
            "sandwell", "+447700900103", "north-tyneside", "+447700900104", "lscb-model", "+447700900105");
    static final List<String> TIMES = List.of("2027-03-10T10:00:00Z", "2027-03-10T21:00:00Z");
    private static final Pattern MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final Pattern SAY = Pattern.compile("<Say[^>]*>(.*?)</Say>", Pattern.DOTALL);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"(A-Z0-9])");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    SettableClock clock;

    private final TwilioSigner signer = new TwilioSigner(TOKEN);

    @Test
    void everyReplyOnEveryChannelKeepsItsBudget() throws IOException {
        List<String> lines = messages();
        List<Integer> segments = new ArrayList<>();
        List<Integer> perText = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        List<String> over = new ArrayList<>();
        StringBuilder samples = new StringBuilder();
        for (String at : TIMES) {
            clock.set(Instant.parse(at));
            for (var p : PARTNERSHIPS.entrySet()) {
                for (String text : lines) {
                    String sms = post("/twilio/sms", Map.of("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""),
                            "From", "+4477009" + (100000 + (int) (Math.random() * 899999)), "To", p.getValue(), "Body", text));
                    int turn = 0;
                    for (String m : all(MESSAGE, sms)) {
                        int n = SmsSegments.count(unescape(m));
                        perText.add(n);
                        turn += n;
                        if (n > 2) {
                            over.add("SMS text of " + n + " segments: " + p.getKey() + " / " + text);
                        }
                    }
                    segments.add(turn);
                    if (turn > 3) {
                        over.add("SMS turn of " + turn + " segments: " + p.getKey() + " / " + text);
                    }
                    String voice = post("/twilio/voice/gather?attempt=0", Map.of("CallSid", "CA" + UUID.randomUUID()
                            .toString().replace("-", ""), "From", "+447700900999", "To", p.getValue(), "SpeechResult", text));
                    // a prompt ends where the caller may act: at the Gather, or at a Dial (heard after only if nobody answers)
                    int spoken = 0;
                    for (String prompt : voice.split("<Dial")) {
                        spoken = Math.max(spoken, all(SAY, prompt).stream().mapToInt(ReplyBudgetsTest::words).sum());
                    }
                    words.add(spoken);
                    if (spoken > 50) {
                        over.add("voice prompt of " + spoken + " words: " + p.getKey() + " / " + text + " -> "
                                + String.join(" | ", all(SAY, voice)));
                    }
                    Map<?, ?> web = client.toBlocking().retrieve(HttpRequest.POST("/api/chat/" + p.getKey() + "/messages",
                            Map.of("text", text)), Map.class);
                    String reply = String.valueOf(web.get("reply")).strip();
                    samples.append("## ").append(at).append(' ').append(p.getKey()).append(" / ").append(text)
                            .append("\nSMS: ").append(String.join(" | ", all(MESSAGE, sms)))
                            .append("\nVOICE: ").append(String.join(" | ", all(SAY, voice)))
                            .append("\nWEB: ").append(reply).append("\n  MORE: ").append(web.get("more")).append("\n\n");
                    int n = reply.isEmpty() ? 0 : SENTENCE_END.split(reply.replace("\n\n", " ")).length;
                    sentences.add(n);
                    if (n > 3) {
                        over.add("web reply of " + n + " sentences before more: " + p.getKey() + " / " + text);
                    }
                }
            }
        }
        int calls = 0;
        for (var p : PARTNERSHIPS.entrySet()) {
            String xml = post("/twilio/voice", Map.of("CallSid", "CA" + UUID.randomUUID().toString().replace("-", ""),
                    "From", "+447700900999", "To", p.getValue()));
            int spoken = all(SAY, xml).stream().mapToInt(ReplyBudgetsTest::words).sum();
            calls = Math.max(calls, spoken);
            if (spoken > 50) {
                over.add("call greeting of " + spoken + " words: " + p.getKey());
            }
        }
        String figures = "replies: " + segments.size() + " per channel (" + lines.size() + " messages x "
                + PARTNERSHIPS.size() + " partnerships x " + TIMES.size() + " times)\n"
                + "SMS segments per turn: " + stats(segments) + "; per text: " + stats(perText) + "\n"
                + "voice words per gather: " + stats(words) + "; call greeting max " + calls + "\n"
                + "web sentences before more: " + stats(sentences) + "\n"
                + "over budget: " + over.size() + "\n" + String.join("\n", over) + "\n";
        Files.writeString(Path.of("target", "reply-budgets.txt"), figures);
        Files.writeString(Path.of("target", "reply-samples.txt"), samples);
        System.out.println(figures);
        assertTrue(over.isEmpty(), figures);
    }

    @Test
    void replyMorePagesTheRestInOrderWithinTheBudgetAndSaysNothingTwice() {
        clock.set(Instant.parse(TIMES.get(0)));
        String from = "+447700900777";
        List<String> sentences = new ArrayList<>();
        String sms = post("/twilio/sms", Map.of("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""),
                "From", from, "To", PARTNERSHIPS.get("west-sussex"), "Body",
                "I'm worried about a child next door, she always has bruises"));
        int pages = 1;
        while (sms.contains("Reply MORE") && pages < 12) {
            collect(sms, sentences);
            sms = post("/twilio/sms", Map.of("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""),
                    "From", from, "To", PARTNERSHIPS.get("west-sussex"), "Body", "MORE"));
            pages++;
        }
        collect(sms, sentences);
        assertTrue(pages > 1 && pages < 12, pages + " pages");
        List<String> advice = sentences.stream().filter(x -> !x.startsWith("Reply MORE")).toList();
        assertTrue(advice.stream().distinct().count() == advice.size(), "a sentence twice: " + advice);
        assertTrue(advice.get(0).startsWith("Call the") || advice.get(0).contains("999"), advice.toString());
        String voice = post("/twilio/voice/gather?attempt=0", Map.of("CallSid", "CA0000more", "From", from,
                "To", PARTNERSHIPS.get("west-sussex"), "SpeechResult", "I'm worried about a child next door, she always has bruises"));
        assertTrue(voice.contains("press 9"), voice);
        String next = post("/twilio/voice/gather?attempt=0", Map.of("CallSid", "CA0000more", "From", from,
                "To", PARTNERSHIPS.get("west-sussex"), "Digits", "9"));
        assertTrue(!next.equals(voice) && next.contains("<Gather"), next);
    }

    private static void collect(String sms, List<String> sentences) {
        for (String m : all(MESSAGE, sms)) {
            int n = SmsSegments.count(unescape(m));
            assertTrue(n <= 2, n + " segments: " + m);
            for (String line : unescape(m).split("\n")) {
                sentences.addAll(List.of(SENTENCE_END.split(line.strip())));
            }
        }
        assertTrue(all(MESSAGE, sms).stream().mapToInt(m -> SmsSegments.count(unescape(m))).sum() <= 3, sms);
    }

    private static String stats(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
        return String.format("median %d, mean %.1f, max %d", sorted.get(sorted.size() / 2), mean,
                sorted.get(sorted.size() - 1));
    }

    private static int words(String say) {
        String t = unescape(say).strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static List<String> all(Pattern p, String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private List<String> messages() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("budgets/messages.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private String post(String path, Map<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>(params);
        String url = TwilioSigner.PUBLIC_URL + path;
        return client.toBlocking().retrieve(HttpRequest.POST(path, TwilioSigner.form(form))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", signer.sign(url, form)), String.class);
    }
}
