package uk.mashline.persistence;

import org.junit.jupiter.api.Test;
import uk.mashline.dialogue.StoreUnavailableException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GroupingTest {

    private static final class Echo extends Grouping.Request<String> {
        final String text;

        Echo(String text) {
            this.text = text;
        }
    }

    @Test
    void requestsThatArriveWhileAGroupIsUnderWayGoTogetherInTheNext() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        Grouping<Echo, String> grouping = new Grouping<>("test", 1, 64, group -> {
            sizes.add(group.size());
            firstStarted.countDown();
            await(release);
            group.forEach(e -> e.answer(e.text.toUpperCase()));
        }, () -> { });
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            Future<String> first = callers.submit(() -> grouping.submit(new Echo("first")));
            assertEquals(true, firstStarted.await(5, TimeUnit.SECONDS));
            List<Future<String>> rest = List.of(
                    callers.submit(() -> grouping.submit(new Echo("a"))),
                    callers.submit(() -> grouping.submit(new Echo("b"))),
                    callers.submit(() -> grouping.submit(new Echo("c"))),
                    callers.submit(() -> grouping.submit(new Echo("d"))),
                    callers.submit(() -> grouping.submit(new Echo("e"))));
            Thread.sleep(500); // the five are queued behind the first group
            release.countDown();
            assertEquals("FIRST", first.get(5, TimeUnit.SECONDS));
            assertEquals("A", rest.get(0).get(5, TimeUnit.SECONDS));
            assertEquals("E", rest.get(4).get(5, TimeUnit.SECONDS));
            assertEquals(List.of(1, 5), sizes);
        } finally {
            callers.shutdownNow();
            grouping.close();
        }
    }

    @Test
    void whatAServingThreadHoldsIsKeptThroughAShortPauseAndGivenUpAfterALongerOne() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch idle = new CountDownLatch(2);
        Grouping<Echo, String> grouping = new Grouping<>("test", 1, 64, group -> group.forEach(e -> {
            events.add(e.text);
            e.answer(e.text);
        }), () -> {
            events.add("idle");
            idle.countDown();
        }, Duration.ofMillis(800));
        try {
            assertEquals(true, waitFor(idle, 1)); // idle from the start
            grouping.submit(new Echo("a"));
            Thread.sleep(50);
            grouping.submit(new Echo("b"));
            Thread.sleep(50);
            grouping.submit(new Echo("c"));
            assertEquals(List.of("idle", "a", "b", "c"), events);
            assertEquals(true, idle.await(5, TimeUnit.SECONDS));
            assertEquals(List.of("idle", "a", "b", "c", "idle"), events);
        } finally {
            grouping.close();
        }
    }

    private static boolean waitFor(CountDownLatch latch, int count) throws InterruptedException {
        for (int i = 0; i < 500 && latch.getCount() > count; i++) {
            Thread.sleep(10);
        }
        return latch.getCount() <= count;
    }

    @Test
    void aFailingOrForgetfulHandlerNeverLeavesACallerWaiting() {
        Grouping<Echo, String> failing = new Grouping<>("test", 1, 64, group -> {
            throw new IllegalStateException("the database went away");
        }, () -> { });
        Grouping<Echo, String> forgetful = new Grouping<>("test", 1, 64, group -> { }, () -> { });
        try {
            assertThrows(StoreUnavailableException.class, () -> failing.submit(new Echo("x")));
            assertThrows(StoreUnavailableException.class, () -> forgetful.submit(new Echo("y")));
        } finally {
            failing.close();
            forgetful.close();
        }
        assertThrows(StoreUnavailableException.class, () -> failing.submit(new Echo("after close")));
    }

    @Test
    void aHeapRunOutInOneGroupRefusesThatGroupAndTheThreadServesTheNext() {
        java.util.concurrent.atomic.AtomicInteger groups = new java.util.concurrent.atomic.AtomicInteger();
        Grouping<Echo, String> grouping = new Grouping<>("test", 1, 64, group -> {
            if (groups.getAndIncrement() == 0) {
                throw new OutOfMemoryError("Java heap space");
            }
            group.forEach(e -> e.answer(e.text));
        }, () -> { });
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            // bounded waits: with the serving thread gone, a caller would wait for ever
            Future<String> refused = caller.submit(() -> grouping.submit(new Echo("in the surge")));
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> refused.get(5, TimeUnit.SECONDS));
            assertEquals(StoreUnavailableException.class, e.getCause().getClass());
            Future<String> next = caller.submit(() -> grouping.submit(new Echo("after it")));
            assertEquals("after it", next.get(5, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            caller.shutdownNow();
            grouping.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
