package uk.mashline.console.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Session and sign-in limits, from mash-console.* in application.yml (environment overridable). */
@Singleton
public class ConsoleSecuritySettings {

    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final int maxFailuresPerUser;
    private final int maxFailuresPerAddress;
    private final Duration failureWindow;
    private final Duration lockDuration;
    private final int minPasswordLength;

    public ConsoleSecuritySettings(
            @Value("${mash-console.session.idle-minutes:15}") int idleMinutes,
            @Value("${mash-console.session.absolute-minutes:480}") int absoluteMinutes,
            @Value("${mash-console.login.max-failures-per-user:5}") int maxFailuresPerUser,
            @Value("${mash-console.login.max-failures-per-address:20}") int maxFailuresPerAddress,
            @Value("${mash-console.login.failure-window-minutes:15}") int failureWindowMinutes,
            @Value("${mash-console.login.lock-minutes:15}") int lockMinutes,
            @Value("${mash-console.password.min-length:12}") int minPasswordLength) {
        this.idleTimeout = Duration.ofMinutes(idleMinutes);
        this.absoluteTimeout = Duration.ofMinutes(absoluteMinutes);
        this.maxFailuresPerUser = maxFailuresPerUser;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.failureWindow = Duration.ofMinutes(failureWindowMinutes);
        this.lockDuration = Duration.ofMinutes(lockMinutes);
        this.minPasswordLength = minPasswordLength;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public Duration absoluteTimeout() {
        return absoluteTimeout;
    }

    public int maxFailuresPerUser() {
        return maxFailuresPerUser;
    }

    public int maxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    public Duration failureWindow() {
        return failureWindow;
    }

    public Duration lockDuration() {
        return lockDuration;
    }

    public int minPasswordLength() {
        return minPasswordLength;
    }
}
