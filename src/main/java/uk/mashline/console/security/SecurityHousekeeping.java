package uk.mashline.console.security;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.console.ConsoleClock;
import uk.mashline.persistence.LoginThrottleRepository;

import java.time.Duration;

/** Deletes expired sessions and stale sign-in counters (every instance; idempotent). */
@Singleton
class SecurityHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityHousekeeping.class);

    private final SessionStore sessions;
    private final LoginThrottleRepository counters;
    private final ConsoleClock clock;

    SecurityHousekeeping(SessionStore sessions, LoginThrottleRepository counters, ConsoleClock clock) {
        this.sessions = sessions;
        this.counters = counters;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "15m", initialDelay = "2m")
    void run() {
        try {
            int expired = sessions.purgeExpired();
            var dayAgo = clock.now().minus(Duration.ofDays(1));
            int stale = counters.deleteStale(dayAgo, clock.now());
            LOG.debug("Deleted {} expired sessions and {} stale sign-in counters", expired, stale);
        } catch (RuntimeException e) {
            LOG.error("Console security housekeeping failed: {}", e.getMessage());
        }
    }
}
