package uk.mashline.console.security;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.console.ConsoleClock;
import uk.mashline.console.SqlRunner;

import java.time.Duration;

/** Deletes expired sessions and stale sign-in counters (every instance; idempotent). */
@Singleton
class SecurityHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityHousekeeping.class);

    private final SessionStore sessions;
    private final SqlRunner sql;
    private final ConsoleClock clock;

    SecurityHousekeeping(SessionStore sessions, SqlRunner sql, ConsoleClock clock) {
        this.sessions = sessions;
        this.sql = sql;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "15m", initialDelay = "2m")
    void run() {
        try {
            int expired = sessions.purgeExpired();
            var dayAgo = clock.now().minus(Duration.ofDays(1));
            int counters = sql.update("DELETE FROM login_throttle WHERE window_started_at < ? "
                    + "AND (locked_until IS NULL OR locked_until < ?)", dayAgo, clock.now());
            LOG.debug("Deleted {} expired sessions and {} stale sign-in counters", expired, counters);
        } catch (RuntimeException e) {
            LOG.error("Console security housekeeping failed: {}", e.getMessage());
        }
    }
}
