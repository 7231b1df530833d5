package uk.mashline.outbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the outbox sends.
 *
 * @param pollEvery   how often each instance looks for texts due (retries, and texts another instance queued)
 * @param firstRetry  the wait after a first failed attempt; it doubles with each failure
 * @param maxRetry    the longest wait between attempts
 * @param maxAttempts after this many failed attempts a text is marked FAILED (it stays in the outbox)
 * @param claimFor    how long an instance holds a text it is sending before another may take it over
 */
@ConfigurationProperties("mash.outbox")
public record OutboxSettings(@Bindable(defaultValue = "1s") Duration pollEvery,
                             @Bindable(defaultValue = "2s") Duration firstRetry,
                             @Bindable(defaultValue = "5m") Duration maxRetry,
                             @Bindable(defaultValue = "20") int maxAttempts,
                             @Bindable(defaultValue = "1m") Duration claimFor) {

    /** The wait before attempt {@code failures + 1}. */
    public Duration backOff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
