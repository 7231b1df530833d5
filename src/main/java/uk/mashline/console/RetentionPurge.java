package uk.mashline.console;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.review.ConversationLog;

import java.time.Duration;
import java.time.Instant;

/**
 * Deletes conversations (their messages cascade) whose last message is older than the
 * retention period, except those marked NEEDS_FOLLOW_UP. Runs on every instance; the delete
 * is idempotent. Each purge that removes anything is audited with the count only.
 */
@Singleton
public class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final ConversationLog log;
    private final RetentionSettings settings;
    private final AuditLog audit;
    private final ConsoleClock clock;

    public RetentionPurge(ConversationLog log, RetentionSettings settings, AuditLog audit, ConsoleClock clock) {
        this.log = log;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mash.console.retention.purge-interval:1h}",
            initialDelay = "${mash.console.retention.initial-delay:5m}")
    void scheduled() {
        try {
            purge(AuditLog.SYSTEM, false);
        } catch (RuntimeException e) {
            LOG.error("Retention purge failed: {}", e.getMessage());
        }
    }

    /**
     * @param always audit even when nothing was deleted (a purge an ADMIN asked for)
     * @return the number of conversations deleted
     */
    public int purge(String actor, boolean always) {
        int days = settings.current().days();
        Instant cutoff = clock.now().minus(Duration.ofDays(days));
        int deleted = log.purgeInactiveBefore(cutoff);
        if (deleted > 0 || always) {
            audit.record(actor, AuditAction.RETENTION_PURGE, "conversation", null,
                    "deleted=" + deleted + " retentionDays=" + days + " cutoff=" + cutoff);
            LOG.info("Retention purge deleted {} conversations older than {} days", deleted, days);
        }
        return deleted;
    }
}
