package uk.mashline.console.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How failed sign-ins slow down the next attempt ({@code mash.sign-in}), after NIST SP 800-63B
 * §5.2.2: growing waits, never a lock. Failures are counted per username from one client address,
 * and per address over all usernames, so failures from somewhere else never keep the right person
 * out (a stranger cannot lock an account).
 *
 * @param freeFailuresPerUser    wrong passwords for one username from one address before waits begin
 * @param freeFailuresPerAddress wrong passwords from one address, over every username, before waits begin
 * @param firstDelay             the first wait; each further failure doubles it
 * @param longestDelay           the cap on a wait
 * @param forgetAfter            failures are forgotten once this long passes without another (a success
 *                               forgets the username's failures from that address at once)
 */
@ConfigurationProperties("mash.sign-in")
public record SignInThrottleSettings(
        @Bindable(defaultValue = "5") int freeFailuresPerUser,
        @Bindable(defaultValue = "20") int freeFailuresPerAddress,
        @Bindable(defaultValue = "30s") Duration firstDelay,
        @Bindable(defaultValue = "15m") Duration longestDelay,
        @Bindable(defaultValue = "24h") Duration forgetAfter) {

    /** The wait after this many failures in a row against a key allowed {@code free} of them. */
    Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
