package uk.mashline.console.security;

import jakarta.inject.Singleton;
import uk.mashline.console.ConsoleClock;
import uk.mashline.persistence.DuplicateKeys;
import uk.mashline.persistence.LoginThrottleRepository;
import uk.mashline.persistence.LoginThrottleRow;
import uk.mashline.web.Pseudonyms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins in the database (shared by all instances) per (username, client address)
 * and per client address, and makes the next attempt from there wait, longer after each failure
 * ({@link SignInThrottleSettings}). The username is keyed by a keyed hash ({@link Pseudonyms}), so a
 * password typed into the username field is never stored here. Failures from one address never hold up the same username
 * from another: whoever guesses slows only themselves.
 */
@Singleton
public class LoginThrottle {

    private final LoginThrottleRepository counters;
    private final ConsoleClock clock;
    private final SignInThrottleSettings settings;
    private final Pseudonyms pseudonyms;

    public LoginThrottle(LoginThrottleRepository counters, ConsoleClock clock, SignInThrottleSettings settings,
                         Pseudonyms pseudonyms) {
        this.counters = counters;
        this.clock = clock;
        this.settings = settings;
        this.pseudonyms = pseudonyms;
    }

    private String pairKey(String username, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "pair:" + pseudonyms.of("sign-in-username", name) + "@" + clip(address);
    }

    private static String addressKey(String address) {
        return "ip:" + clip(address);
    }

    /** How long this username from this address must still wait before a password is checked, if at all. */
    public Optional<Duration> waitRemaining(String username, String address) {
        Instant now = clock.now();
        return counters.lockedUntil(List.of(pairKey(username, address), addressKey(address)), now)
                .map(until -> Duration.between(now, until));
    }

    /** Counts one failure against the pair and the address; returns the wait it imposes, if any. */
    public Optional<Duration> recordFailure(String username, String address) {
        Duration pair = increment(pairKey(username, address), settings.freeFailuresPerUser());
        Duration byAddress = increment(addressKey(address), settings.freeFailuresPerAddress());
        Duration wait = pair.compareTo(byAddress) >= 0 ? pair : byAddress;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A successful sign-in forgets this username's failures from this address (the address keeps its count). */
    public void recordSuccess(String username, String address) {
        counters.deleteById(pairKey(username, address));
    }

    private Duration increment(String key, int free) {
        Instant now = clock.now();
        Instant forgotten = now.minus(settings.forgetAfter());
        if (counters.countFailure(key, forgotten, now) == 0) {
            try {
                counters.save(new LoginThrottleRow(key, 1, now, null));
            } catch (RuntimeException e) {
                if (!DuplicateKeys.isDuplicateKey(e)) {
                    throw e;
                }
                counters.countFailure(key, forgotten, now); // another instance inserted it meanwhile
            }
        }
        int failures = counters.findById(key).map(LoginThrottleRow::failures).orElse(1);
        Duration wait = settings.delayAfter(failures, free);
        if (!wait.isZero()) {
            counters.waitUntil(key, now.plus(wait));
        }
        return wait;
    }

    private static String clip(String value) {
        String v = value == null ? "" : value;
        return v.length() <= 64 ? v : v.substring(0, 64);
    }
}
