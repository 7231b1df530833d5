package uk.mashline.console.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Session limits and password policy, from mash-console.* in application.yml (environment overridable); sign-in throttling is {@link SignInThrottleSettings}. */
@Singleton
public class ConsoleSecuritySettings {

    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final int minPasswordLength;

    public ConsoleSecuritySettings(
            @Value("${mash-console.session.idle-minutes:15}") int idleMinutes,
            @Value("${mash-console.session.absolute-minutes:480}") int absoluteMinutes,
            @Value("${mash-console.password.min-length:12}") int minPasswordLength) {
        this.idleTimeout = Duration.ofMinutes(idleMinutes);
        this.absoluteTimeout = Duration.ofMinutes(absoluteMinutes);
        this.minPasswordLength = minPasswordLength;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public Duration absoluteTimeout() {
        return absoluteTimeout;
    }

    public int minPasswordLength() {
        return minPasswordLength;
    }
}
