package uk.mashline.console;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.console.security.ConsoleSecuritySettings;
import uk.mashline.dialogue.StaffPresence;
import uk.mashline.persistence.StaffAvailabilityRepository;

import java.time.Duration;
import java.time.Instant;

/**
 * Who is on duty to reply to people asking for a person: staff who marked themselves available and are
 * signed in to the console now. Until reviewers are scoped to partnerships, anyone available counts for
 * every partnership. When the database cannot say, nobody is: the line never promises a reply it cannot
 * vouch for.
 */
@Singleton
public class StaffAvailability implements StaffPresence {

    private static final Logger LOG = LoggerFactory.getLogger(StaffAvailability.class);

    private final StaffAvailabilityRepository repository;
    private final ConsoleSecuritySettings settings;
    private final ConsoleClock clock;
    private final AuditLog audit;
    private final MessageSource messages;
    /**
     * When the database last said nobody is on duty, kept for {@link #REMEMBER}: every turn that asks for a person asked
     * it (a join of staff and sessions, 3-4% of a turn's thread and database time under scripts/bench-load, where
     * nobody is). Only "nobody" is kept: for two seconds at most a person may be told nobody is on duty when someone
     * has just signed in, never told someone will reply when the last one has just signed out.
     */
    private volatile Nobody nobody;
    static final Duration REMEMBER = Duration.ofSeconds(2);

    private record Nobody(Instant at, long nanos) {
    }

    StaffAvailability(StaffAvailabilityRepository repository, ConsoleSecuritySettings settings, ConsoleClock clock,
                      AuditLog audit, MessageSource messages) {
        this.messages = messages;
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public boolean someoneAvailable(String partnershipId) {
        Instant now = clock.now();
        long nanos = System.nanoTime();
        Nobody last = nobody;
        // within two seconds of the last "nobody", on the wall clock and on the service's (which tests move)
        if (last != null && nanos - last.nanos() < REMEMBER.toNanos() && !now.isBefore(last.at())
                && now.isBefore(last.at().plus(REMEMBER))) {
            return false;
        }
        try {
            boolean available = repository.availableSignedIn(now, now.minus(settings.idleTimeout())) > 0;
            nobody = available ? null : new Nobody(now, nanos);
            return available;
        } catch (RuntimeException e) {
            LOG.warn("staff availability unknown ({}): the reply says nobody is on duty", e.getClass().getSimpleName());
            return false;
        }
    }

    public boolean isAvailable(String username) {
        return repository.countAvailable(username) > 0;
    }

    public boolean set(String username, boolean available) {
        int changed = repository.setAvailable(username, available);
        // someone made available here is seen at once; on another instance within REMEMBER
        nobody = null;
        if (changed == 0) {
            throw new NotFound(ConsoleWording.text(messages, "user.not.found"));
        }
        audit.record(username, AuditAction.AVAILABILITY_CHANGE, "staff_user", username, "available=" + available);
        return available;
    }
}
