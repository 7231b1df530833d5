package uk.mashline.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives safety replies, each journalled before it goes out, a batch at a time on one thread. A surge the turns' pool
 * refuses, or a database outage, then costs one forced write a batch instead of one a message (a forced write takes
 * about 2 ms on the benchmark's disk, which capped the safety replies near 500 a second), and the thread that refused
 * the turn (a request's event loop) never waits for the disk.
 */
final class JournalledReplies {

    private static final System.Logger LOG = System.getLogger(JournalledReplies.class.getName());
    /** At most this many turns a forced write: a few hundred lines of JSON, a few hundred KB. */
    private static final int BATCH = 256;

    private record Pending(InboundMessage message, Reply reply, CompletableFuture<Reply> answer) {
    }

    private final TurnJournal journal;
    private final Executor writer;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean queued = new AtomicBoolean();

    /** @param writer runs the journal's writes; one thread, so batches form while one is being forced */
    JournalledReplies(TurnJournal journal, Executor writer) {
        this.journal = journal;
        this.writer = writer;
    }

    /** Completes {@code answer} with {@code reply} once the turn is journalled (or the journal has failed). */
    void give(InboundMessage message, Reply reply, CompletableFuture<Reply> answer) {
        pending.add(new Pending(message, reply, answer));
        // one task at a time takes everything waiting; a reply added once it has started taking queues the next task
        if (queued.compareAndSet(false, true)) {
            try {
                writer.execute(this::writeWaiting);
            } catch (RuntimeException rejected) {
                // no writer (shutting down): written here, as the safety reply must still go out
                queued.set(false);
                writeWaiting();
            }
        }
    }

    private void writeWaiting() {
        queued.set(false);
        for (List<Pending> batch = take(); !batch.isEmpty(); batch = take()) {
            write(batch);
        }
    }

    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = pending.poll(); p != null; p = batch.size() < BATCH ? pending.poll() : null) {
            batch.add(p);
        }
        return batch;
    }

    private void write(List<Pending> batch) {
        try {
            journal.appendAll(batch.stream().map(p -> new TurnJournal.Entry(p.message(), p.reply())).toList());
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "journal failed, {0} safety replies sent unjournalled: {1}",
                    batch.size(), e.getClass().getName());
        } finally {
            // the 999 line goes out even when the journal cannot keep the turn
            for (Pending p : batch) {
                p.answer().complete(p.reply());
            }
        }
    }
}
