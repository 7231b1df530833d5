package uk.mashline.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Open loop at a fixed rate: request i is sent at start + i/rate whatever happened to the ones
 * before, and its latency runs from that scheduled time, not from when it actually left, so a
 * stalled service or a late sender shows in the figures instead of being hidden (coordinated
 * omission). Every request is built and signed before the clock starts.
 */
final class OpenLoopRun {

    private final HttpClient client;
    private final SmsTraffic traffic;

    OpenLoopRun(HttpClient client, SmsTraffic traffic) {
        this.client = client;
        this.traffic = traffic;
    }

    LoadResult run(int rate, int warmupSeconds, int seconds) throws InterruptedException {
        int warmup = rate * warmupSeconds;
        int total = warmup + rate * seconds;
        HttpRequest[] requests = new HttpRequest[total];
        for (int i = 0; i < total; i++) {
            requests[i] = traffic.request(i);
        }
        long[] latency = new long[total];
        int[] status = new int[total];
        long[] done = new long[total];
        CountDownLatch outstanding = new CountDownLatch(total);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 200_000_000L;
        long maxLag = 0;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, System.nanoTime() - scheduled);
            int n = i;
            client.sendAsync(requests[i], HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                latency[n] = now - scheduled;
                done[n] = now;
                status[n] = error != null ? -1 : response.statusCode();
                outstanding.countDown();
            });
        }
        boolean all = outstanding.await(15, TimeUnit.SECONDS);
        System.out.printf("open loop: sender at most %.2f ms behind schedule%s%nRESULT name=sender max_lag=%.2f%n",
                maxLag / 1e6, all ? "" : "; some requests never answered", maxLag / 1e6);
        return result(rate, warmup, total, start + warmup * interval, latency, status, done);
    }

    private static LoadResult result(int rate, int warmup, int total, long measuredFrom, long[] latency, int[] status,
                                     long[] done) {
        long errors = 0;
        long non200 = 0;
        long last = measuredFrom;
        long[] ok = new long[total - warmup];
        int oks = 0;
        for (int i = warmup; i < total; i++) {
            if (status[i] == 0 || status[i] == -1) {
                errors++;
            } else if (status[i] != 200) {
                non200++;
            } else {
                ok[oks++] = latency[i];
                last = Math.max(last, done[i]);
            }
        }
        double seconds = (last - measuredFrom) / 1e9;
        return new LoadResult("open-" + rate, total - warmup, errors, non200, seconds, java.util.Arrays.copyOf(ok, oks));
    }
}
