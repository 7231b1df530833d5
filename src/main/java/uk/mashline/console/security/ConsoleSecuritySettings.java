package uk.mashline.console.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Session limits and password policy of the staff console ({@code mash.console} in application.yml,
 * each from its environment variable); sign-in throttling is {@link SignInThrottleSettings}.
 *
 * @param idleTimeout       a session unused this long ends
 * @param absoluteTimeout   a session ends this long after sign-in, however busy
 * @param minPasswordLength the shortest password accepted for a staff account
 */
@ConfigurationProperties("mash.console")
public record ConsoleSecuritySettings(
        @Bindable(defaultValue = "15m") Duration idleTimeout,
        @Bindable(defaultValue = "480m") Duration absoluteTimeout,
        @Bindable(defaultValue = "12") int minPasswordLength) {
}
