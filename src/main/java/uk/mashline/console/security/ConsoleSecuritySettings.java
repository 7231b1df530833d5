package uk.mashline.console.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Session and sign-in limits of the staff console ({@code mash.console} in application.yml, each from
 * its environment variable).
 *
 * @param idleTimeout           a session unused this long ends
 * @param absoluteTimeout       a session ends this long after sign-in, however busy
 * @param maxFailuresPerUser    failed sign-ins to one account within the window that lock it
 * @param maxFailuresPerAddress failed sign-ins from one address within the window that lock it
 * @param failureWindow         how far back failed sign-ins are counted
 * @param lockDuration          how long a lock lasts
 * @param minPasswordLength     the shortest password accepted for a staff account
 */
@ConfigurationProperties("mash.console")
public record ConsoleSecuritySettings(
        @Bindable(defaultValue = "15m") Duration idleTimeout,
        @Bindable(defaultValue = "480m") Duration absoluteTimeout,
        @Bindable(defaultValue = "5") int maxFailuresPerUser,
        @Bindable(defaultValue = "20") int maxFailuresPerAddress,
        @Bindable(defaultValue = "15m") Duration failureWindow,
        @Bindable(defaultValue = "15m") Duration lockDuration,
        @Bindable(defaultValue = "12") int minPasswordLength) {
}
