package uk.mashline.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How long conversations are kept, until an ADMIN sets a period in the console ({@code mash.console.retention}).
 *
 * @param defaultDays   {@code MASH_RETENTION_DAYS}: conversations inactive for longer are purged (unless
 *                      flagged NEEDS_FOLLOW_UP); a count of days, as the console shows and sets it
 * @param purgeInterval {@code MASH_RETENTION_PURGE_INTERVAL}: how often the purge runs ({@link RetentionPurge}'s schedule)
 * @param initialDelay  {@code MASH_RETENTION_INITIAL_DELAY}: how long after start-up it first runs
 */
@ConfigurationProperties("mash.console.retention")
public record RetentionDefaults(@Bindable(defaultValue = "400") int defaultDays,
                                @Bindable(defaultValue = "1h") Duration purgeInterval,
                                @Bindable(defaultValue = "5m") Duration initialDelay) {
}
