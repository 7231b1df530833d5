package uk.mashline.dialogue;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The turns' deadlines, all of one length, watched by one sweep on the scheduler rather than a scheduled task a
 * turn: a task scheduled and cancelled for every turn woke the scheduler's thread for nearly every message (a task
 * put at the head of its queue signals it), about 3% of the service's CPU a message under load. Deadlines of one
 * length fall due in the order the turns began, so the oldest turn still running is the next due: the sweep answers
 * the late ones, forgets the finished ones, and comes back when the next one falls due, or sooner while turns keep
 * coming, so that finished turns are forgotten young.
 */
final class TurnDeadlines {

    /** How often a busy line's finished turns are forgotten (each is a few bytes; none holds its message). */
    private static final long TIDY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** A turn's deadline: its late answer, emptied when the turn ends in time (or its deadline has run it). */
    private record Watched(long dueNanos, AtomicReference<Runnable> late) {
    }

    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final long limitNanos;
    private final Queue<Watched> watched = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sweepPending = new AtomicBoolean();

    /**
     * @param scheduler only runs the sweep: a late turn's answer runs on {@code executor}, so a slow journal cannot
     *                  hold up another turn's deadline
     */
    TurnDeadlines(ScheduledExecutorService scheduler, Executor executor, Duration limit) {
        this.scheduler = scheduler;
        this.executor = executor;
        this.limitNanos = limit.toNanos();
    }

    /**
     * Runs {@code late}'s runnable on the executor once the limit has passed, unless it has been emptied by then.
     *
     * @throws java.util.concurrent.RejectedExecutionException when the scheduler takes no more work (shutting down)
     */
    void watch(AtomicReference<Runnable> late) {
        watched.add(new Watched(System.nanoTime() + limitNanos, late));
        if (sweepPending.compareAndSet(false, true)) {
            try {
                schedule(limitNanos);
            } catch (RuntimeException rejected) {
                sweepPending.set(false);
                throw rejected;
            }
        }
    }

    private void schedule(long delayNanos) {
        scheduler.schedule(this::sweep, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Watched w = watched.peek(); w != null; w = watched.peek()) {
            long left = w.dueNanos() - now;
            if (left > 0 && w.late().get() != null) {
                schedule(Math.min(left, TIDY_NANOS));
                return;
            }
            watched.poll();
            Runnable late = w.late().getAndSet(null);
            if (late != null) {
                answerLate(late);
            }
        }
        // Nothing left to watch. A turn added after the queue was seen empty either found the sweep still pending
        // (and is seen here) or schedules the next sweep itself.
        sweepPending.set(false);
        if (!watched.isEmpty() && sweepPending.compareAndSet(false, true)) {
            schedule(0);
        }
    }

    private void answerLate(Runnable late) {
        try {
            executor.execute(late);
        } catch (RuntimeException rejected) {
            // no thread to take it (shutting down): late is better than never, and the sweep must go on for the others
            late.run();
        }
    }
}
