package uk.mashline.console.security;

import jakarta.inject.Singleton;
import uk.mashline.console.ConsoleClock;
import uk.mashline.persistence.DuplicateKeys;
import uk.mashline.persistence.LoginThrottleRepository;
import uk.mashline.persistence.LoginThrottleRow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins per username and per client address in the database (shared by all
 * instances). After too many failures within the window the key is locked for a while;
 * while locked even the right password is refused.
 */
@Singleton
public class LoginThrottle {

    private final LoginThrottleRepository counters;
    private final ConsoleClock clock;
    private final ConsoleSecuritySettings settings;

    public LoginThrottle(LoginThrottleRepository counters, ConsoleClock clock, ConsoleSecuritySettings settings) {
        this.counters = counters;
        this.clock = clock;
        this.settings = settings;
    }

    static String userKey(String username) {
        return "user:" + clip(username.toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "ip:" + clip(address);
    }

    /** The time remaining on the longest lock covering this username or address, if any. */
    public Optional<Duration> lockRemaining(String username, String address) {
        Instant now = clock.now();
        return counters.lockedUntil(List.of(userKey(username), addressKey(address)), now)
                .map(until -> Duration.between(now, until));
    }

    /** Counts one failure against both keys; returns the lock now in force, if this failure caused one. */
    public Optional<Duration> recordFailure(String username, String address) {
        boolean userLocked = increment(userKey(username), settings.maxFailuresPerUser());
        boolean addressLocked = increment(addressKey(address), settings.maxFailuresPerAddress());
        return userLocked || addressLocked ? Optional.of(settings.lockDuration()) : Optional.empty();
    }

    /** A successful sign-in clears the username's count (the address keeps its count until the window ends). */
    public void recordSuccess(String username) {
        counters.deleteById(userKey(username));
    }

    private boolean increment(String key, int maxFailures) {
        Instant now = clock.now();
        Instant windowStart = now.minus(settings.failureWindow());
        // a new window starts when the last one has passed; a lock is never shortened
        if (counters.countFailure(key, windowStart, now) == 0) {
            try {
                counters.save(new LoginThrottleRow(key, 1, now, null));
            } catch (RuntimeException e) {
                if (!DuplicateKeys.isDuplicateKey(e)) {
                    throw e;
                }
                counters.countFailure(key, windowStart, now); // another instance inserted it meanwhile
            }
        }
        return counters.lockIfReached(key, maxFailures, now.plus(settings.lockDuration()), now);
    }

    private static String clip(String value) {
        String v = value == null ? "" : value;
        return v.length() <= 150 ? v : v.substring(0, 150);
    }
}
