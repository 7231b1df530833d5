package uk.mashline.console;

import jakarta.inject.Singleton;
import uk.mashline.persistence.AuditEventRepository;
import uk.mashline.persistence.AuditEventRow;


/**
 * Records who did what to which record. Callers pass ids, statuses and counts only:
 * never message text, notes or phone numbers.
 */
@Singleton
public final class AuditLog {

    public static final String SYSTEM = "system";

    private final AuditEventRepository repository;
    private final ConsoleClock clock;

    public AuditLog(AuditEventRepository repository, ConsoleClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
        repository.save(AuditEventRow.of(clock.now(), clip(actor, 100), action.name(),
                targetType, clip(targetId, 64), clip(detail, 500)));
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
