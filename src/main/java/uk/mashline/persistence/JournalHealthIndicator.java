package uk.mashline.persistence;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * This instance's journal in {@code /health} details (shown to staff only): turns waiting for the
 * database and turns in quarantine. Always UP: a quarantined turn needs a person, not another
 * instance, and the instance still answers everyone.
 */
@Singleton
class JournalHealthIndicator implements HealthIndicator {

    private final FileTurnJournal journal;

    JournalHealthIndicator(FileTurnJournal journal) {
        this.journal = journal;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        JournalStatus status = journal.status();
        return Mono.just(HealthResult.builder("journal", HealthStatus.UP).details(status).build());
    }
}
