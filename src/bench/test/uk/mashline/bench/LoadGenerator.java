package uk.mashline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The load generator of scripts/bench-load, run from the test classpath against a running service.
 * <pre>
 *   LoadGenerator --url=http://127.0.0.1:18080 --mode=open --rate=200 --warmup=5 --seconds=30 --token=T
 *   LoadGenerator --url=... --mode=closed --connections=16 --warmup=5 --seconds=15 --token=T
 *   LoadGenerator --url=... --mode=ping --connections=32 --warmup=3 --seconds=10
 *   LoadGenerator --url=... --mode=surge --rate=2000 --seconds=10 --token=T [--path=/twilio/fallback/sms]
 * </pre>
 * {@code open}: signed SMS webhooks at a fixed rate (latency from the scheduled send time);
 * {@code closed}: signed SMS webhooks as fast as the connections allow; {@code ping}: GET
 * /bench/ping as fast as the connections allow (when wrk is not installed); {@code surge}: signed SMS
 * webhooks far above the service's rate ({@link SurgeRun}); with {@code --path=/twilio/fallback/sms}, the same surge
 * on Twilio's fallback webhook, which gives the safety reply with no turn: what the HTTP stack and this generator
 * answer on the same machine, the surge's ceiling. {@code --phase} (0-9)
 * keeps the senders of several runs against one database apart.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        String url = opts.getOrDefault("url", "http://127.0.0.1:18080");
        String mode = opts.getOrDefault("mode", "open");
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "5"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "30"));
        int connections = Integer.parseInt(opts.getOrDefault("connections", "16"));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        SmsTraffic traffic = new SmsTraffic(url, opts.getOrDefault("path", "/twilio/sms"),
                opts.getOrDefault("token", "bench-token"), Integer.parseInt(opts.getOrDefault("phase", "0")));
        if (mode.equals("surge")) {
            // the client's default executor grows a thread for each response it hands over: thousands outstanding at
            // once grew the generator, not the service, to hundreds of threads on two cores
            HttpClient surge = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(2)).build();
            System.out.println(new SurgeRun(surge, traffic).run(Integer.parseInt(opts.getOrDefault("rate", "2000")),
                    seconds));
            System.exit(0);
        }
        LoadResult result = switch (mode) {
            case "open" -> new OpenLoopRun(client, traffic)
                    .run(Integer.parseInt(opts.getOrDefault("rate", "200")), warmup, seconds);
            case "closed" -> new ClosedLoopRun(client, traffic::request)
                    .run("closed-sms-c" + connections, connections, warmup, seconds);
            case "ping" -> {
                HttpRequest ping = HttpRequest.newBuilder(URI.create(url + "/bench/ping"))
                        .timeout(Duration.ofSeconds(10)).GET().build();
                yield new ClosedLoopRun(client, n -> ping).run("closed-ping-c" + connections, connections, warmup,
                        seconds);
            }
            default -> throw new IllegalArgumentException("unknown --mode=" + mode + " (open, closed or ping)");
        };
        System.out.println(result.report());
        System.exit(0);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, not " + arg);
            }
            opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return opts;
    }
}
