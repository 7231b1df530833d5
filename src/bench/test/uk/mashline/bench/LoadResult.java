package uk.mashline.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one load run measured: requests counted in the measured window (warm-up excluded),
 * failures (no response or a transport error), answers other than 200, the throughput of 200s
 * and their latency percentiles.
 */
record LoadResult(String name, long count, long errors, long non200, double seconds, long[] latenciesNanos) {

    double throughput() {
        return (count - errors - non200) / seconds;
    }

    double percentileMillis(double p) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        // nearest rank: the smallest value with at least p% of the samples at or below it
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** One line for people and one RESULT line of key=value pairs for scripts/bench-load. */
    String report() {
        return String.format(Locale.ROOT, "%s: %d requests, %d errors, %d non-200, %.1f/s; latency ms "
                        + "p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%nRESULT name=%s count=%d errors=%d non200=%d "
                        + "throughput=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f",
                name, count, errors, non200, throughput(), percentileMillis(50), percentileMillis(90),
                percentileMillis(99), percentileMillis(100), name, count, errors, non200, throughput(),
                percentileMillis(50), percentileMillis(90), percentileMillis(99), percentileMillis(100));
    }
}
