package uk.mashline.console.security;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.console.ConsoleClock;
import uk.mashline.persistence.LoginThrottleRepository;

/** Deletes expired sessions and stale sign-in counters (every instance; idempotent). */
@Singleton
class SecurityHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityHousekeeping.class);

    private final SessionStore sessions;
    private final LoginThrottleRepository counters;
    private final ConsoleClock clock;
    private final SignInThrottleSettings throttle;

    SecurityHousekeeping(SessionStore sessions, LoginThrottleRepository counters, ConsoleClock clock,
                         SignInThrottleSettings throttle) {
        this.sessions = sessions;
        this.counters = counters;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Scheduled(fixedDelay = "15m", initialDelay = "2m")
    void run() {
        try {
            int expired = sessions.purgeExpired();
            int stale = counters.deleteStale(clock.now().minus(throttle.forgetAfter()), clock.now());
            LOG.debug("Deleted {} expired sessions and {} stale sign-in counters", expired, stale);
        } catch (RuntimeException e) {
            LOG.error("Console security housekeeping failed: {}", e.getMessage());
        }
    }
}
