package uk.mashline.console;

import jakarta.inject.Singleton;
import uk.mashline.persistence.AuditEventRepository;
import uk.mashline.persistence.AuditEventRow;
import uk.mashline.persistence.AuditRowsAppender;

import java.time.Instant;
import java.util.List;


/**
 * Records who did what to which record. Callers pass ids, statuses and counts only:
 * never message text, notes or phone numbers.
 */
@Singleton
public final class AuditLog {

    public static final String SYSTEM = "system";

    private final AuditEventRepository repository;
    private final AuditRowsAppender appender;
    private final ConsoleClock clock;

    public AuditLog(AuditEventRepository repository, AuditRowsAppender appender, ConsoleClock clock) {
        this.repository = repository;
        this.appender = appender;
        this.clock = clock;
    }

    public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
        repository.save(AuditEventRow.of(clock.now(), clip(actor, 100), action.name(),
                targetType, clip(targetId, 64), clip(detail, 500)));
    }

    /** One entry of the trail, for {@link #recordAll}. */
    public record Entry(String actor, AuditAction action, String targetType, String targetId, String detail) {
    }

    /**
     * Records entries together, in one statement and one commit: for a writer with many at a time (duty alerts
     * under load), each in a round trip and a commit of its own would fall behind.
     */
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        appender.appendAll(entries.stream().map(e -> AuditEventRow.of(now, clip(e.actor(), 100), e.action().name(),
                e.targetType(), clip(e.targetId(), 64), clip(e.detail(), 500))).toList());
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
