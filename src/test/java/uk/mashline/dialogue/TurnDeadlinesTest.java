package uk.mashline.dialogue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One sweep watches every turn's deadline: late turns are answered, finished ones never, and it starts again. */
class TurnDeadlinesTest {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        executor.shutdownNow();
    }

    @Test
    void onlyTheTurnsStillRunningAtTheirDeadlineAreAnsweredLate() throws Exception {
        TurnDeadlines deadlines = new TurnDeadlines(scheduler, executor, Duration.ofMillis(150));
        CountDownLatch lateTwo = new CountDownLatch(2);
        AtomicInteger finishedRun = new AtomicInteger();
        AtomicReference<Runnable> finished = new AtomicReference<>(finishedRun::incrementAndGet);
        AtomicReference<Runnable> slow = new AtomicReference<>(lateTwo::countDown);
        AtomicReference<Runnable> slower = new AtomicReference<>(lateTwo::countDown);
        long start = System.nanoTime();
        deadlines.watch(finished);
        deadlines.watch(slow);
        deadlines.watch(slower);
        finished.set(null);

        assertTrue(lateTwo.await(5, TimeUnit.SECONDS), "both late turns answered");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis >= 140, "answered before the limit: " + millis + " ms");
        Thread.sleep(200);
        assertEquals(0, finishedRun.get(), "a turn that ended in time is never answered late");
    }

    @Test
    void aTurnAfterAQuietSpellHasItsDeadlineToo() throws Exception {
        TurnDeadlines deadlines = new TurnDeadlines(scheduler, executor, Duration.ofMillis(50));
        AtomicReference<Runnable> first = new AtomicReference<>(() -> { });
        deadlines.watch(first);
        first.set(null);
        // the sweep finds nothing left and stops
        Thread.sleep(300);
        assertEquals(0, scheduler.getQueue().size());

        CountDownLatch late = new CountDownLatch(1);
        deadlines.watch(new AtomicReference<>(late::countDown));
        assertTrue(late.await(5, TimeUnit.SECONDS), "the next turn's deadline ran");
    }
}
