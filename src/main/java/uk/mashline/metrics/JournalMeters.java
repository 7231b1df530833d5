package uk.mashline.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import uk.mashline.persistence.FileTurnJournal;
import uk.mashline.persistence.JournalReplayer;

import java.util.function.ToDoubleFunction;

/**
 * The local journal: how many turns wait in it for the database (above zero means people were answered
 * with the safety reply and their words are not yet where staff can see them), and what the replay did.
 */
@Singleton
class JournalMeters implements MeterBinder {

    static final String DEPTH = "mash.journal.depth";
    static final String REPLAYED = "mash.journal.replayed";

    // looked up at the first scrape: the registry is made early (the classifier's timer needs it), before
    // the store the replayer writes to
    private final BeanProvider<FileTurnJournal> journal;
    private final BeanProvider<JournalReplayer> replayer;

    JournalMeters(BeanProvider<FileTurnJournal> journal, BeanProvider<JournalReplayer> replayer) {
        this.journal = journal;
        this.replayer = replayer;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // read on each scrape: an empty journal costs a directory listing
        Gauge.builder(DEPTH, journal, j -> j.get().waitingTurns()).strongReference(true)
                .description("Turns waiting in the local journal for the database (-1: the journal cannot be read)")
                .register(registry);
        replayed(registry, "stored", JournalReplayer::storedTotal);
        replayed(registry, "already_stored", JournalReplayer::alreadyStoredTotal);
        replayed(registry, "set_aside", JournalReplayer::setAsideTotal);
    }

    private void replayed(MeterRegistry registry, String outcome, ToDoubleFunction<JournalReplayer> total) {
        FunctionCounter.builder(REPLAYED, replayer, r -> total.applyAsDouble(r.get()))
                .description("Journalled turns replayed into the database, by outcome").tag("outcome", outcome)
                .register(registry);
    }
}
