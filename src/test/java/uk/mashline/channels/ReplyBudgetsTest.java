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
import uk.mashline.testsupport.CookieKeepingChat;
import uk.mashline.testsupport.SettableClock;
import uk.mashline.testsupport.TwilioSigner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replies as people meet them (issue 14): every case of budgets/first-messages.tsv and budgets/follow-ups.tsv
 * (children, parents, neighbours, professionals, people asking for a person or whether this is a bot, other
 * languages; every route) is sent to every partnership as a signed Twilio SMS, as a spoken answer on a call, and
 * in the web chat, in office hours and in the evening, each in a conversation of its own. Budgets: segments counted
 * as Twilio counts them over all the turn's {@code <Message>} elements, words over all the {@code <Say>}s of a
 * prompt (up to a Gather or a Dial), sentences of the web reply before "more". What the reply must say for who is
 * writing, and must not, is {@link ReplyChecks}. The figures go to target/reply-budgets.txt (the README quotes
 * them), every reply to target/reply-samples.txt.
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

    /** A sender number of its own for every conversation, so no SMS turn continues another case's conversation. */
    private static final AtomicInteger SENDERS = new AtomicInteger(100000);

    private final TwilioSigner signer = new TwilioSigner(TOKEN);

    @Test
    void everyReplyOnEveryChannelKeepsItsBudgetAndSaysWhatItMust() throws Exception {
        List<ReplyChecks.Case> cases = new ArrayList<>(cases("budgets/first-messages.tsv", false));
        cases.addAll(cases("budgets/follow-ups.tsv", true));
        Figures figures = new Figures();
        // partnerships side by side: the service answers each turn on its own executor, and one clock holds the hour
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (String at : TIMES) {
                clock.set(Instant.parse(at));
                List<Future<?>> running = new ArrayList<>();
                for (var p : PARTNERSHIPS.entrySet()) {
                    running.add(pool.submit(() -> {
                        for (ReplyChecks.Case c : cases) {
                            ask(c, p.getKey(), p.getValue(), at, figures);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        int calls = 0;
        for (var p : PARTNERSHIPS.entrySet()) {
            String xml = post("/twilio/voice", Map.of("CallSid", sid("CA"), "From", "+447700900999", "To", p.getValue()));
            int spoken = all(SAY, xml).stream().mapToInt(ReplyBudgetsTest::words).sum();
            calls = Math.max(calls, spoken);
            if (spoken > 50) {
                figures.over.add("call greeting of " + spoken + " words: " + p.getKey());
            }
        }
        long followUps = cases.stream().filter(c -> c.before() != null).count();
        String report = "replies checked: " + figures.segments.size() + " per channel (" + (cases.size() - followUps)
                + " first messages and " + followUps + " follow-ups x " + PARTNERSHIPS.size() + " partnerships x "
                + TIMES.size() + " times)\n"
                + "SMS segments per turn: " + stats(figures.segments) + "; per text: " + stats(figures.perText) + "\n"
                + "voice words per gather: " + stats(figures.words) + "; call greeting max " + calls + "\n"
                + "web sentences before more: " + stats(figures.sentences) + "\n"
                + "over budget: " + figures.over.size() + "\n" + String.join("\n", figures.over) + "\n"
                + "replies missing what they must say, or saying what they must not: " + figures.wrong.size() + "\n"
                + String.join("\n", figures.wrong) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "reply-budgets.txt"), report);
        Files.writeString(Path.of("target", "reply-samples.txt"), figures.samples);
        System.out.println(report.length() > 20_000 ? report.substring(0, 20_000) : report);
        assertTrue(figures.over.isEmpty() && figures.wrong.isEmpty(), report.length() > 20_000
                ? report.substring(0, 20_000) : report);
    }

    /** What the runs found, from several threads. */
    private static final class Figures {
        final List<Integer> segments = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> perText = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> words = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> sentences = Collections.synchronizedList(new ArrayList<>());
        final List<String> over = Collections.synchronizedList(new ArrayList<>());
        final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        final StringBuffer samples = new StringBuffer();
    }

    // One case on the three channels, each a conversation of its own: the first message (if any), then the one checked.
    private void ask(ReplyChecks.Case c, String partnership, String number, String at, Figures figures) {
        String where = at.substring(11, 16) + " " + partnership + " / " + c;
        String from = "+4477009" + SENDERS.incrementAndGet();
        String call = sid("CA");
        CookieKeepingChat chat = new CookieKeepingChat(client);
        Map<?, ?> web = null;
        String sms = null;
        String voice = null;
        int turn = 1;
        for (String text : c.before() == null ? List.of(c.text()) : List.of(c.before(), c.text())) {
            sms = post("/twilio/sms", Map.of("MessageSid", sid("SM"), "From", from, "To", number, "Body", text));
            voice = post("/twilio/voice/gather?attempt=0&turn=" + turn++, Map.of("CallSid", call,
                    "From", "+447700900999", "To", number, "SpeechResult", text));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", text);
            if (web != null) {
                body.put("conversationId", web.get("conversationId"));
            }
            web = chat.post(partnership, body);
        }
        // SMS: every text of the turn
        List<String> texts = all(MESSAGE, sms).stream().map(ReplyBudgetsTest::unescape).toList();
        int segments = 0;
        for (String m : texts) {
            int n = SmsSegments.count(m);
            figures.perText.add(n);
            segments += n;
            if (n > 2) {
                figures.over.add("SMS text of " + n + " segments: " + where);
            }
        }
        figures.segments.add(segments);
        if (segments > 3) {
            figures.over.add("SMS turn of " + segments + " segments: " + where);
        }
        report(c, new ReplyChecks.Heard("SMS", texts, String.join("\n", texts), false), where, figures);
        // voice: a prompt ends where the caller may act: at the Gather, or at a Dial (heard after only if nobody answers)
        String prompt = voice.split("<Dial")[0];
        List<String> said = all(SAY, prompt).stream().map(ReplyBudgetsTest::unescape).toList();
        int spoken = said.stream().mapToInt(ReplyBudgetsTest::words).sum();
        figures.words.add(spoken);
        if (spoken > 50) {
            figures.over.add("voice prompt of " + spoken + " words: " + where + " -> " + String.join(" | ", said));
        }
        report(c, new ReplyChecks.Heard("voice", said, String.join("\n", all(SAY, voice).stream()
                .map(ReplyBudgetsTest::unescape).toList()), voice.contains("<Dial")), where, figures);
        // web chat: the answer before "more", and everything with it
        String reply = String.valueOf(web.get("reply")).strip();
        String more = web.get("more") == null ? "" : String.valueOf(web.get("more")).strip();
        int n = reply.isEmpty() ? 0 : SENTENCE_END.split(reply.replace("\n\n", " ")).length;
        figures.sentences.add(n);
        if (n > 3) {
            figures.over.add("web reply of " + n + " sentences before more: " + where);
        }
        report(c, new ReplyChecks.Heard("web", List.of(reply), reply + "\n" + more, false), where, figures);
        figures.samples.append("## ").append(where)
                .append("\nSMS: ").append(String.join(" | ", texts).replace("\n", " / "))
                .append("\nVOICE: ").append(String.join(" | ", all(SAY, voice))).append(voice.contains("<Dial") ? " [DIAL]" : "")
                .append("\nWEB: ").append(reply.replace("\n\n", " / ")).append("\n  MORE: ")
                .append(more.replace("\n\n", " / ")).append("\n\n");
    }

    private static void report(ReplyChecks.Case c, ReplyChecks.Heard heard, String where, Figures figures) {
        ReplyChecks.check(c, heard).forEach(problem -> figures.wrong.add(heard.channel() + " " + where + ": " + problem));
    }

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
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

    private List<ReplyChecks.Case> cases(String file, boolean followUps) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            List<ReplyChecks.Case> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
                String[] f = line.split("\t");
                assertTrue(f.length == (followUps ? 4 : 3), file + ": " + line);
                Set<String> flags = f[1].equals("-") ? Set.of() : Set.of(f[1].split(","));
                out.add(new ReplyChecks.Case(f[0], flags, followUps ? f[2] : null, f[followUps ? 3 : 2]));
            }
            return out;
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
