package uk.mashline.console;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.console.security.ConsoleSecuritySettings;
import uk.mashline.dialogue.StaffPresence;
import uk.mashline.persistence.StaffAvailabilityRepository;

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
        try {
            Instant now = clock.now();
            return repository.availableSignedIn(now, now.minus(settings.idleTimeout())) > 0;
        } catch (RuntimeException e) {
            LOG.warn("staff availability unknown ({}): the reply says nobody is on duty", e.getClass().getSimpleName());
            return false;
        }
    }

    public boolean isAvailable(String username) {
        return repository.countAvailable(username) > 0;
    }

    public boolean set(String username, boolean available) {
        if (repository.setAvailable(username, available) == 0) {
            throw new NotFound(ConsoleWording.text(messages, "user.not.found"));
        }
        audit.record(username, AuditAction.AVAILABILITY_CHANGE, "staff_user", username, "available=" + available);
        return available;
    }
}
