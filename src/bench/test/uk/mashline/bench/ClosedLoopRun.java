package uk.mashline.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Closed loop for the maximum throughput: a fixed number of connections, each sending its next
 * request as soon as the last one is answered. Only answers that arrive in the measured window
 * (after the warm-up) count. Requests are built (and, for SMS, signed) on the sending thread:
 * a few microseconds each, against a millisecond of service work.
 */
final class ClosedLoopRun {

    private final HttpClient client;
    private final LongFunction<HttpRequest> requests;

    ClosedLoopRun(HttpClient client, LongFunction<HttpRequest> requests) {
        this.client = client;
        this.requests = requests;
    }

    LoadResult run(String name, int connections, int warmupSeconds, int seconds) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long measuredFrom = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long end = measuredFrom + seconds * 1_000_000_000L;
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Worker worker = new Worker(next, measuredFrom, end);
            workers.add(worker);
            Thread thread = new Thread(worker, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long count = 0;
        long errors = 0;
        long non200 = 0;
        long[] all = new long[0];
        for (Worker w : workers) {
            count += w.count;
            errors += w.errors;
            non200 += w.non200;
            int from = all.length;
            all = Arrays.copyOf(all, from + w.oks);
            System.arraycopy(w.latencies, 0, all, from, w.oks);
        }
        return new LoadResult(name, count, errors, non200, seconds, all);
    }

    private final class Worker implements Runnable {
        private final AtomicLong next;
        private final long measuredFrom;
        private final long end;
        private long count;
        private long errors;
        private long non200;
        private long[] latencies = new long[1024];
        private int oks;

        Worker(AtomicLong next, long measuredFrom, long end) {
            this.next = next;
            this.measuredFrom = measuredFrom;
            this.end = end;
        }

        @Override
        public void run() {
            while (System.nanoTime() < end) {
                HttpRequest request = requests.apply(next.getAndIncrement());
                long sent = System.nanoTime();
                int status;
                try {
                    status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                } catch (IOException e) {
                    status = -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long now = System.nanoTime();
                if (now >= measuredFrom && now < end) {
                    record(status, now - sent);
                }
            }
        }

        private void record(int status, long latency) {
            count++;
            if (status == -1) {
                errors++;
            } else if (status != 200) {
                non200++;
            } else {
                if (oks == latencies.length) {
                    latencies = Arrays.copyOf(latencies, oks * 2);
                }
                latencies[oks++] = latency;
            }
        }
    }
}
