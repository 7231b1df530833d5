package uk.mashline.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for Twilio's REST API, speaking its real Messages resource:
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with a form body (To, From, Body) and HTTP
 * Basic as the account, answered with Twilio-shaped JSON (201 and a MessageSid, or Twilio's error body).
 * Written from Twilio's published API rather than with its SDK, so the service's sender is checked against
 * an independent server. Also runs alone ({@code main}) for trying the service by hand.
 */
public final class TwilioApiStandIn implements AutoCloseable {

    /** One text as Twilio would have received it. */
    public record Received(String accountSid, String to, String from, String body, Instant at) {
    }

    private static final Pattern MESSAGES = Pattern.compile("^/2010-04-01/Accounts/([^/]+)/Messages\\.json$");
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final String accountSid;
    private final String authToken;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failWith = 500;
    private volatile Duration delay = Duration.ZERO;

    public TwilioApiStandIn(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code count} requests are answered with Twilio's error body and this status. */
    public void failNext(int count, int status) {
        failWith = status;
        failuresLeft.set(count);
    }

    /** Every answer waits this long first (a slow Twilio). */
    public void delayAnswers(Duration value) {
        delay = value;
    }

    public int requests() {
        return requests.get();
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized void clear() {
        received.clear();
        requests.set(0);
        failuresLeft.set(0);
        delay = Duration.ZERO;
    }

    /** The texts received to {@code to}, waiting up to {@code max} for at least {@code count} of them. */
    public List<Received> awaitTo(String to, int count, Duration max) throws InterruptedException {
        Instant end = Instant.now().plus(max);
        while (true) {
            List<Received> found = received().stream().filter(r -> r.to().equals(to)).toList();
            if (found.size() >= count || Instant.now().isAfter(end)) {
                return found;
            }
            Thread.sleep(20);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            sleep(delay);
            Matcher path = MESSAGES.matcher(exchange.getRequestURI().getPath());
            if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
                answer(exchange, 404, error(20404, "The requested resource was not found", 404));
                return;
            }
            String expected = "Basic " + Base64.getEncoder().encodeToString(
                    (accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
            if (!path.group(1).equals(accountSid) || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, error(20003, "Authenticate", 401));
                return;
            }
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(exchange, failWith, error(20500, "Internal Server Error", failWith));
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (form.get("To") == null || form.get("From") == null || form.get("Body") == null) {
                answer(exchange, 400, error(21604, "A 'To' phone number is required.", 400));
                return;
            }
            Received text = new Received(path.group(1), form.get("To"), form.get("From"), form.get("Body"), Instant.now());
            synchronized (this) {
                received.add(text);
            }
            answer(exchange, 201, message(text));
        }
    }

    private String message(Received text) {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        String date = RFC_2822.format(text.at());
        return "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + accountSid + "\",\"to\":\"" + json(text.to())
                + "\",\"from\":\"" + json(text.from()) + "\",\"body\":\"" + json(text.body())
                + "\",\"status\":\"queued\",\"direction\":\"outbound-api\",\"num_segments\":\"1\",\"num_media\":\"0\""
                + ",\"date_created\":\"" + date + "\",\"date_updated\":\"" + date + "\",\"date_sent\":null"
                + ",\"error_code\":null,\"error_message\":null,\"price\":null,\"price_unit\":\"USD\",\"api_version\":\"2010-04-01\""
                + ",\"uri\":\"/2010-04-01/Accounts/" + accountSid + "/Messages/" + sid + ".json\",\"subresource_uris\":{}}";
    }

    private static String error(int code, String message, int status) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/"
                + code + "\",\"status\":" + status + "}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static void sleep(Duration value) {
        if (!value.isZero()) {
            try {
                Thread.sleep(value.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** By hand: {@code java -cp target/test-classes uk.mashline.testsupport.TwilioApiStandIn AC... token}. */
    public static void main(String[] args) throws Exception {
        TwilioApiStandIn standIn = new TwilioApiStandIn(args[0], args[1]);
        System.out.println("Twilio stand-in at " + standIn.url());
        int seen = 0;
        while (true) {
            List<Received> all = standIn.received();
            for (; seen < all.size(); seen++) {
                Received r = all.get(seen);
                System.out.println(r.at() + " to=" + r.to() + " from=" + r.from() + " body=" + r.body());
            }
            Thread.sleep(100);
        }
    }
}
