package uk.mashline.wiring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answering pipeline's threads, bounded so a surge cannot take the service down. A pool that grew a thread for
 * every waiting webhook (2 December: about 1,400 threads at 200 messages a second on a starved machine) ran the
 * 128 MB heap out and answered few messages in time, not even with the safety reply. Now a turn that finds every
 * thread busy and the queue full is refused at once, and {@code dialogue.AnswerEveryMessage} gives the safety reply,
 * journalled; the journal's replay stores it and raises its duty alert.
 */
@Factory
class TurnExecutors {

    /**
     * The turns. By default as many at once as the database has connections, plus two a core: a turn holds a
     * connection for its look-up and then waits for its group commit, so more turns than connections only wait
     * inside the pool, while two a core keep the CPU busy with the turns that are not waiting. Four times as many may
     * wait for a thread: at the service's few hundred turns a second that is a fraction of a second, well inside the
     * turn's time limit (past it, the deadline answers a waiting turn and it is never worked out).
     */
    @Singleton
    @Named("turns")
    @Bean(preDestroy = "shutdown")
    ExecutorService turns(TurnSettings settings,
                          @Value("${datasources.default.maximum-pool-size:10}") int connections) {
        int running = running(settings, connections);
        int waiting = settings.maxWaiting() > 0 ? settings.maxWaiting() : 4 * running;
        return bounded("turn", running, waiting);
    }

    /**
     * The classifier's time-limited work ({@code dialogue.TimeLimitedClassifier}), on threads of its own: a turn waits
     * for it, so on the turns' pool a full pool would wait for itself. As many as the cores: it is CPU work; a message
     * that finds them all busy and the queue (one a running turn) full is treated as immediate risk, 999 first.
     */
    @Singleton
    @Named("classifier")
    @Bean(preDestroy = "shutdown")
    ExecutorService classifier(TurnSettings settings,
                               @Value("${datasources.default.maximum-pool-size:10}") int connections) {
        int threads = settings.classifierThreads() > 0 ? settings.classifierThreads() : cores();
        return bounded("classify", threads, running(settings, connections));
    }

    private static int running(TurnSettings settings, int connections) {
        return settings.maxRunning() > 0 ? settings.maxRunning() : connections + 2 * cores();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static ExecutorService bounded(String name, int threads, int queue) {
        BlockingQueue<Runnable> waiting = queue > 0 ? new ArrayBlockingQueue<>(queue) : new SynchronousQueue<>();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, waiting,
                named(name), new ThreadPoolExecutor.AbortPolicy());
        // a quiet line keeps no threads
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
