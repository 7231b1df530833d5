package uk.mashline.persistence;

import uk.mashline.dialogue.StoreUnavailableException;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Serves requests to the database in groups: the requests that arrive while a group is under way
 * wait and go together in the next one, so a busy line pays one round trip for many turns and a
 * quiet one pays no delay (a group is whatever is waiting, one request or many).
 *
 * @param <R> a request
 * @param <A> its answer
 */
final class Grouping<R extends Grouping.Request<A>, A> implements AutoCloseable {

    /** A request and its answer, which the group's handler gives (or refuses) for every request it is handed. */
    abstract static class Request<A> {
        private final CompletableFuture<A> answer = new CompletableFuture<>();

        final void answer(A value) {
            answer.complete(value);
        }

        final void refuse(RuntimeException reason) {
            answer.completeExceptionally(reason);
        }

        final boolean answered() {
            return answer.isDone();
        }

        /** The answer, once given; a refusal is thrown as an {@link ExecutionException}. */
        final A await() throws InterruptedException, ExecutionException {
            return answer.get();
        }
    }

    private final int maxGroup;
    private final Consumer<List<R>> handler;
    private final Runnable whenIdle;
    private final long idleAfterNanos;
    private final BlockingQueue<R> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param threads  how many groups may be under way at once
     * @param maxGroup the most requests in one group
     * @param handler  serves a group; whatever it leaves unanswered (or throws) fails as the store being unavailable
     * @param whenIdle runs on a serving thread when it finds no request waiting, and when it stops
     */
    Grouping(String name, int threads, int maxGroup, Consumer<List<R>> handler, Runnable whenIdle) {
        this(name, threads, maxGroup, handler, whenIdle, Duration.ZERO);
    }

    /**
     * @param idleAfter how long a serving thread waits for the next request before it counts as idle: what it
     *                  holds between groups (a connection out of autocommit) is kept while requests keep coming
     */
    Grouping(String name, int threads, int maxGroup, Consumer<List<R>> handler, Runnable whenIdle, Duration idleAfter) {
        this.idleAfterNanos = idleAfter.toNanos();
        this.maxGroup = maxGroup;
        this.handler = handler;
        this.whenIdle = whenIdle;
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::serveUntilClosed, name + "-" + i);
            t.setDaemon(true);
            t.start();
            this.threads.add(t);
        }
    }

    /** Waits for the request's group to be served; the handler's refusals are thrown as they are. */
    A submit(R request) {
        if (closed) {
            throw shuttingDown();
        }
        queue.add(request);
        try {
            return request.await();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new StoreUnavailableException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
        List<R> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(r -> r.refuse(shuttingDown()));
    }

    private void serveUntilClosed() {
        try {
            serve();
        } finally {
            whenIdle.run();
        }
    }

    private void serve() {
        List<R> group = new ArrayList<>(maxGroup);
        while (!closed) {
            try {
                R first = idleAfterNanos > 0 ? queue.poll(idleAfterNanos, TimeUnit.NANOSECONDS) : queue.poll();
                if (first == null) {
                    whenIdle.run();
                    first = queue.take();
                }
                group.add(first);
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(group, maxGroup - 1);
            try {
                handler.accept(group);
            } catch (RuntimeException | OutOfMemoryError e) {
                // a heap run out in a surge (scripts/bench-load, 3 Dec: "Exception in thread turn-writer-0
                // java.lang.OutOfMemoryError") ended this thread, and with it every later group: their callers
                // waited for ever, holding turn threads. The group is refused (its turns get the safety reply and
                // are journalled) and the thread goes on; the group's memory is free once it is dropped
                StoreUnavailableException unavailable = new StoreUnavailableException(e);
                group.forEach(r -> r.refuse(unavailable));
            }
            // a handler that forgot one must not leave its caller waiting for ever (the refusal, two exceptions with
            // their stack traces, is made only for one left unanswered: made for every request it was 2% of what
            // the service allocated under load)
            for (R r : group) {
                if (!r.answered()) {
                    r.refuse(new StoreUnavailableException(new SQLException("left unanswered")));
                }
            }
            group.clear();
        }
    }

    private static StoreUnavailableException shuttingDown() {
        return new StoreUnavailableException(new SQLException("the store is shutting down"));
    }
}
