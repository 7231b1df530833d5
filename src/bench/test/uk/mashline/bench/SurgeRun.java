package uk.mashline.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A surge: signed SMS webhooks offered at a rate far above what the service can take (Twilio does not slow down
 * when the line is busy), each waiting at most 10 s for its answer as Twilio's webhook does. What counts is that
 * every text gets an answer in time, and a text about a child in danger one with 999 on its first line, even when
 * that answer is only the safety reply. Latency runs from each request's scheduled time, as in {@link OpenLoopRun}.
 */
final class SurgeRun {

    private static final Pattern FIRST_MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);

    private final HttpClient client;
    private final SmsTraffic traffic;

    SurgeRun(HttpClient client, SmsTraffic traffic) {
        this.client = client;
        this.traffic = traffic;
    }

    String run(int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        HttpRequest[] requests = new HttpRequest[total];
        for (int i = 0; i < total; i++) {
            requests[i] = traffic.request(i);
        }
        long[] latency = new long[total];
        int[] status = new int[total];
        boolean[] first999 = new boolean[total];
        CountDownLatch outstanding = new CountDownLatch(total);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 200_000_000L;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            client.sendAsync(requests[i], HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latency[n] = System.nanoTime() - scheduled;
                status[n] = error != null ? -1 : response.statusCode();
                first999[n] = error == null && firstLine(response.body()).contains("999");
                outstanding.countDown();
            });
        }
        outstanding.await(20, TimeUnit.SECONDS);
        return report(rate, seconds, total, latency, status, first999);
    }

    private static String report(int rate, int seconds, int total, long[] latency, int[] status, boolean[] first999) {
        int inTime = 0;
        int danger = 0;
        int dangerFirst = 0;
        int unanswered = 0;
        long[] ok = new long[total];
        for (int i = 0; i < total; i++) {
            boolean answered = status[i] == 200 && latency[i] <= 10_000_000_000L;
            if (answered) {
                ok[inTime++] = latency[i];
            } else {
                unanswered++;
            }
            if (SmsTraffic.isDanger(i)) {
                danger++;
                dangerFirst += answered && first999[i] ? 1 : 0;
            }
        }
        LoadResult answered = new LoadResult("surge-" + rate, total, 0, 0, seconds, java.util.Arrays.copyOf(ok, inTime));
        return String.format(Locale.ROOT, "surge %d/s for %d s: %d offered, %d answered within 10 s (%.1f%%), %d not;"
                        + " danger texts answered with 999 on the first line %d of %d; answered latency ms p50 %.0f,"
                        + " p99 %.0f, max %.0f%nRESULT name=surge offered=%d in_time=%d unanswered=%d danger=%d"
                        + " danger_999_first=%d p50=%.0f p99=%.0f max=%.0f",
                rate, seconds, total, inTime, 100.0 * inTime / total, unanswered, dangerFirst, danger,
                answered.percentileMillis(50), answered.percentileMillis(99), answered.percentileMillis(100),
                total, inTime, unanswered, danger, dangerFirst, answered.percentileMillis(50),
                answered.percentileMillis(99), answered.percentileMillis(100));
    }

    private static String firstLine(String twiml) {
        Matcher m = FIRST_MESSAGE.matcher(twiml == null ? "" : twiml);
        String first = m.find() ? m.group(1).strip() : "";
        int end = first.indexOf('\n');
        return end < 0 ? first : first.substring(0, end);
    }
}
