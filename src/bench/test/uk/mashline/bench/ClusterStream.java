package uk.mashline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The stream of scripts/cluster-test: signed texts from a set of senders, each sender's texts
 * alternating between two instances, sent on a fixed schedule whatever the answers; after a given
 * number of texts a command kills a database node, after another a command brings it back. Then
 * it waits for every text to be stored ({@link StoredTexts}) and prints what happened, and exits 1
 * when the line broke a promise.
 * <pre>
 *   ClusterStream --urls=http://127.0.0.1:18181,http://127.0.0.1:18182 --token=T --jdbc=jdbc:mysql://h1,h2,h3/mash
 *     --user=mash --password=P --texts=180 --senders=30 --every=333 --kill-after=60 --kill='kill -9 ...'
 *     --restore-after=120 --restore='...' --warmup=5
 * </pre>
 */
public final class ClusterStream {

    /** What a text says, and whether a reply that does not put 999 first fails it. */
    record Line(String text, boolean danger) {
    }

    static final List<Line> LINES = List.of(
            new Line("he's got a knife and says he'll kill us, please help", true),
            new Line("I'm worried about a child at my son's school, she always has bruises", false),
            new Line("can I speak to a real person please", false),
            new Line("I'm a teacher and would like a consultation about a pupil before making a referral", false),
            new Line("someone is hurting a little girl in the flat upstairs right now I can hear her screaming", true),
            new Line("do I need the parents' consent before I share information with the MASH", false),
            new Line("we are struggling as a family and need some support with our teenage son", false),
            new Line("I want to make a complaint about how my referral was handled", false),
            new Line("I am 14 and my dad hits me when he is drunk, I don't want to go home tonight", true),
            new Line("hello", false),
            new Line("what's the weather like tomorrow", false));

    /** One text: where it went, what it said, and what came back. */
    static final class Text {
        final int n;
        final int instance;
        final String sender;
        final String sid;
        final Line line;
        volatile long scheduled;
        volatile long answered;
        volatile int status;
        volatile String body = "";

        Text(int n, int instance, String sender, String sid, Line line) {
            this.n = n;
            this.instance = instance;
            this.sender = sender;
            this.sid = sid;
            this.line = line;
        }

        double seconds() {
            return (answered - scheduled) / 1e9;
        }
    }

    private ClusterStream() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = LoadGenerator.options(args);
        String[] urls = opts.get("urls").split(",");
        String token = opts.getOrDefault("token", "cluster-token");
        int texts = Integer.parseInt(opts.getOrDefault("texts", "180"));
        int senders = Integer.parseInt(opts.getOrDefault("senders", "30"));
        long every = Long.parseLong(opts.getOrDefault("every", "333"));
        int killAfter = Integer.parseInt(opts.getOrDefault("kill-after", "60"));
        int restoreAfter = Integer.parseInt(opts.getOrDefault("restore-after", "120"));
        List<SmsTraffic> instances = new ArrayList<>();
        for (String url : urls) {
            instances.add(new SmsTraffic(url, token, 9));
        }
        List<Text> plan = plan(texts, senders, instances.get(0));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        warmUp(client, instances, Integer.parseInt(opts.getOrDefault("warmup", "0")));
        CountDownLatch outstanding = new CountDownLatch(plan.size());
        long start = System.nanoTime() + 200_000_000L;
        long killedAt = 0;
        for (Text t : plan) {
            if (t.n == killAfter) {
                killedAt = System.nanoTime();
                run("kill", opts.get("kill"), true);
            }
            if (t.n == restoreAfter) {
                run("restore", opts.get("restore"), false); // a node takes seconds to start: the texts go on meanwhile
            }
            t.scheduled = start + t.n * every * 1_000_000L;
            long wait;
            while ((wait = t.scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = instances.get(t.instance).request(t.sid, t.sender, t.line.text());
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                t.answered = System.nanoTime();
                t.status = error != null ? -1 : response.statusCode();
                t.body = error != null ? error.getClass().getSimpleName() : response.body();
                outstanding.countDown();
            });
        }
        outstanding.await(30, TimeUnit.SECONDS);
        long lastSent = System.nanoTime();

        StoredTexts stored = StoredTexts.waitFor(opts.get("jdbc"), opts.getOrDefault("user", "root"),
                opts.getOrDefault("password", ""), plan, Duration.ofSeconds(Long.parseLong(opts.getOrDefault("store-wait", "60"))));
        boolean kept = new ClusterReport(plan, stored, killedAt, lastSent, safetySentence()).print(System.out);
        System.exit(kept ? 0 : 1);
    }

    /**
     * A few texts to each instance before the stream, from senders of their own, not counted: what a
     * just-started JVM pays for its first requests (classes, compilation) is not what the stream measures.
     */
    private static void warmUp(HttpClient client, List<SmsTraffic> instances, int texts) throws Exception {
        for (int i = 0; i < instances.size(); i++) {
            long start = System.nanoTime();
            for (int n = 0; n < texts; n++) {
                String sid = instances.get(i).sid(1_000_000 + i * 1000L + n);
                client.send(instances.get(i).request(sid, String.format("+4477009%05d", 90_000 + i * 100 + n),
                        LINES.get(n % LINES.size()).text()), HttpResponse.BodyHandlers.discarding());
            }
            if (texts > 0) {
                System.out.printf("warm-up: %d texts to instance %d in %.1f s%n", texts, i + 1, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /**
     * Text n comes from sender n mod senders; a sender's k-th text goes to instance (sender + k) mod
     * the instances, so every sender's conversation moves from one instance to the other at each text.
     */
    static List<Text> plan(int texts, int senders, SmsTraffic signer) {
        List<Text> plan = new ArrayList<>();
        for (int n = 0; n < texts; n++) {
            int sender = n % senders;
            int k = n / senders;
            Line line = LINES.get((sender + 3 * k) % LINES.size());
            plan.add(new Text(n, (sender + k) % 2, String.format("+4477009%05d", 10_000 + sender), signer.sid(n), line));
        }
        return plan;
    }

    private static void run(String what, String command, boolean wait) throws IOException, InterruptedException {
        if (command == null || command.isBlank()) {
            return;
        }
        System.out.printf("%s: %s%n", what, command);
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (wait && !p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroy();
            System.out.printf("%s did not finish within 30 s%n", what);
        }
    }

    /** The sentence only the safety reply says (wording.properties), which marks an answer given without the database. */
    private static String safetySentence() throws IOException {
        Properties wording = new Properties();
        try (InputStream in = ClusterStream.class.getResourceAsStream("/dialogue/wording.properties")) {
            wording.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return wording.getProperty("safety.tryAgain");
    }
}
