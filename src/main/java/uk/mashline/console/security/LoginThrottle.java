package uk.mashline.console.security;

import jakarta.inject.Singleton;
import uk.mashline.console.ConsoleClock;
import uk.mashline.console.SqlRunner;

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

    private final SqlRunner sql;
    private final ConsoleClock clock;
    private final ConsoleSecuritySettings settings;

    public LoginThrottle(SqlRunner sql, ConsoleClock clock, ConsoleSecuritySettings settings) {
        this.sql = sql;
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
        return sql.query("SELECT locked_until FROM login_throttle WHERE throttle_key IN (?, ?) AND locked_until > ?",
                        List.of(userKey(username), addressKey(address), now), rs -> SqlRunner.instant(rs, "locked_until"))
                .stream().max(Instant::compareTo).map(until -> Duration.between(now, until));
    }

    /** Counts one failure against both keys; returns the lock now in force, if this failure caused one. */
    public Optional<Duration> recordFailure(String username, String address) {
        boolean userLocked = increment(userKey(username), settings.maxFailuresPerUser());
        boolean addressLocked = increment(addressKey(address), settings.maxFailuresPerAddress());
        return userLocked || addressLocked ? Optional.of(settings.lockDuration()) : Optional.empty();
    }

    /** A successful sign-in clears the username's count (the address keeps its count until the window ends). */
    public void recordSuccess(String username) {
        sql.update("DELETE FROM login_throttle WHERE throttle_key = ?", userKey(username));
    }

    private boolean increment(String key, int maxFailures) {
        Instant now = clock.now();
        Instant windowStart = now.minus(settings.failureWindow());
        // a new window starts when the last one has passed; a lock is never shortened
        int updated = sql.update("UPDATE login_throttle SET "
                        + "failures = CASE WHEN window_started_at < ? THEN 1 ELSE failures + 1 END, "
                        + "window_started_at = CASE WHEN window_started_at < ? THEN ? ELSE window_started_at END "
                        + "WHERE throttle_key = ?", windowStart, windowStart, now, key);
        if (updated == 0) {
            try {
                sql.update("INSERT INTO login_throttle (throttle_key, failures, window_started_at) VALUES (?, 1, ?)", key, now);
            } catch (IllegalStateException e) {
                if (!SqlRunner.isDuplicateKey(e)) {
                    throw e;
                }
                sql.update("UPDATE login_throttle SET failures = failures + 1 WHERE throttle_key = ?", key);
            }
        }
        int locked = sql.update("UPDATE login_throttle SET locked_until = ?, failures = 0, window_started_at = ? "
                + "WHERE throttle_key = ? AND failures >= ?", now.plus(settings.lockDuration()), now, key, maxFailures);
        return locked > 0;
    }

    private static String clip(String value) {
        String v = value == null ? "" : value;
        return v.length() <= 150 ? v : v.substring(0, 150);
    }
}
