package uk.mashline.persistence;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.ConcurrentTurnException;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.LateTurns;
import uk.mashline.dialogue.StoreUnavailableException;
import uk.mashline.dialogue.TurnRecorder;
import uk.mashline.dialogue.UnknownConversationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Puts journalled turns into the database once it answers again. Exactly once: every turn carries
 * its message id, so a turn already stored (by a late write, or a replay cut short) is skipped.
 */
@Singleton
public class JournalReplayer {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReplayer.class);

    private final FileTurnJournal journal;
    private final LateTurns turns;
    // told once per outage: the replay is tried every second while the database is away
    private boolean postponed;
    // totals since start-up, for the metrics (uk.mashline.metrics.JournalMeters)
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong alreadyStored = new AtomicLong();
    private final AtomicLong setAside = new AtomicLong();

    /** @param turns stores each journalled turn, reading its message then (its route, the duty alert it calls for) */
    @Inject
    public JournalReplayer(FileTurnJournal journal, LateTurns turns) {
        this.journal = journal;
        this.turns = turns;
    }

    /** Stores every journalled message as immediate risk, reading none (tools and tests of the journal). */
    public JournalReplayer(FileTurnJournal journal, TurnRecorder turns) {
        this(journal, LateTurns.unread(turns));
    }

    @Scheduled(fixedDelay = "${mash.journal.replay-every:1s}", initialDelay = "${mash.journal.replay-every:1s}")
    public synchronized void replay() {
        for (Path file : journal.takeForReplay()) {
            List<JournalEntry> entries;
            try {
                entries = journal.read(file);
            } catch (IOException e) {
                LOG.warn("journal replay postponed: {}", e.getClass().getSimpleName());
                return;
            }
            Outcome outcome = replay(file, entries);
            if (outcome == null) {
                return;
            }
            postponed = false;
            stored.addAndGet(outcome.stored());
            alreadyStored.addAndGet(outcome.present());
            setAside.addAndGet(outcome.setAside());
            LOG.info("journal replayed: {} turns stored, {} already present, {} set aside", outcome.stored(),
                    outcome.present(), outcome.setAside());
        }
    }

    private record Outcome(int stored, int present, int setAside) {
    }

    /** Journalled turns this replayer stored since start-up. */
    public long storedTotal() {
        return stored.get();
    }

    /** Journalled turns it found already stored (a late write got there first). */
    public long alreadyStoredTotal() {
        return alreadyStored.get();
    }

    /** Journalled turns the database refused for their own data, set aside for a person. */
    public long setAsideTotal() {
        return setAside.get();
    }

    /**
     * Replays one file in order and deletes it; null when the database went away meanwhile, and the
     * file then keeps only the turns not yet taken. A turn the database refuses for its own data is
     * set aside, so it never holds up the turns behind it.
     */
    private Outcome replay(Path file, List<JournalEntry> entries) {
        int stored = 0;
        int present = 0;
        int setAside = 0;
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry entry = entries.get(i);
            try {
                if (replay(entry)) {
                    stored++;
                } else {
                    present++;
                }
            } catch (StoreUnavailableException | ConcurrentTurnException e) {
                if (!isAboutTheData(e)) {
                    // the database is still away, or busy with the same conversation: the rest waits for the next run
                    if (!postponed) {
                        LOG.warn("journal replay postponed until the database takes writes: {}", e.getClass().getSimpleName());
                        postponed = true;
                    }
                    keep(file, entries.subList(i, entries.size()));
                    return null;
                }
                journal.quarantine(entry, e);
                setAside++;
            } catch (RuntimeException malformed) {
                journal.quarantine(entry, malformed);
                setAside++;
            }
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            LOG.warn("could not delete a replayed journal file: {}", e.getClass().getSimpleName());
        }
        return new Outcome(stored, present, setAside);
    }

    /** A value the database refuses (too long, out of range, a key it does not know): trying again cannot help. */
    private static boolean isAboutTheData(RuntimeException e) {
        SQLException sql = SqlErrors.sqlCause(e);
        return sql != null && sql.getSQLState() != null && !SqlErrors.isTransient(sql)
                && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"));
    }

    private void keep(Path file, List<JournalEntry> remaining) {
        try {
            journal.rewrite(file, remaining);
        } catch (IOException e) {
            // the whole file is replayed again; what is already stored is recognised by its message id
            LOG.warn("could not shorten a journal file: {}", e.getClass().getSimpleName());
        }
    }

    // The conversation the turn joins, and the retry when another instance took a turn of it meanwhile,
    // are the live use case's own (TurnRecorder, through LateTurns): a turn stored late joins the conversation it
    // would have joined on time. A conversation id the database does not know (the web chat's, while it was
    // away) starts a new one rather than losing the turn.
    private boolean replay(JournalEntry e) {
        Instant at = Instant.parse(e.receivedAt());
        Channel channel = Channel.valueOf(e.channel());
        InboundMessage message = new InboundMessage(channel, e.partnershipId(), e.conversationId(), e.channelKey(),
                e.sender(), e.text(), e.externalId(), at);
        String reply = String.join("\n\n", e.reply());
        try {
            return turns.store(message, reply, e.sources());
        } catch (UnknownConversationException unknown) {
            return turns.store(new InboundMessage(channel, e.partnershipId(), null, e.channelKey(), e.sender(), e.text(),
                    e.externalId(), at), reply, e.sources());
        }
    }
}
