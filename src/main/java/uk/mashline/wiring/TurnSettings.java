package uk.mashline.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How many turns run at once, and how many wait for a thread ({@code mash.turns}); 0 derives the number from the
 * machine (see {@link TurnExecutors}). A message that finds both full gets the safety reply at once, journalled.
 *
 * @param maxRunning        turns worked out at once, each on a thread of its own
 * @param maxWaiting        turns waiting for one of those threads
 * @param classifierThreads threads classifying messages within the classifier's time limit (a turn waits for them)
 */
@ConfigurationProperties("mash.turns")
public record TurnSettings(
        @Bindable(defaultValue = "0") int maxRunning,
        @Bindable(defaultValue = "0") int maxWaiting,
        @Bindable(defaultValue = "0") int classifierThreads) {
}
