package uk.mashline.dialogue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.IntentClassifier;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeLimitedClassifierTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aClassifierThatAnswersInTimeIsUsed() {
        Classification c = limited(text -> new Classification("greeting", Route.GREETING, 0.9, null, "v1")).classify("hi");
        assertEquals(Route.GREETING, c.route());
    }

    @Test
    void aSlowClassifierIsTreatedAsImmediateRiskWithinTheLimit() {
        long start = System.nanoTime();
        Classification c = limited(text -> {
            sleep(2000);
            return new Classification("greeting", Route.GREETING, 0.9, null, "v1");
        }).classify("hi");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Route.IMMEDIATE_RISK, c.route());
        assertEquals(TimeLimitedClassifier.UNAVAILABLE_RULE, c.rule());
        assertTrue(millis < 1000, "took " + millis + " ms");
    }

    @Test
    void aFailingClassifierIsTreatedAsImmediateRisk() {
        Classification c = limited(text -> {
            throw new IllegalStateException("model missing");
        }).classify("hi");
        assertEquals(Route.IMMEDIATE_RISK, c.route());
        assertEquals(TimeLimitedClassifier.UNAVAILABLE_RULE, c.rule());
    }

    @Test
    void aZeroLimitClassifiesOnTheCallersThreadAndStillFailsSafe() {
        Thread caller = Thread.currentThread();
        Classification c = limited(text -> {
            assertSame(caller, Thread.currentThread(), "classified on another thread");
            return new Classification("greeting", Route.GREETING, 0.9, null, "v1");
        }, Duration.ZERO).classify("hi");
        assertEquals(Route.GREETING, c.route());
        Classification failed = limited(text -> {
            throw new IllegalStateException("model missing");
        }, Duration.ZERO).classify("hi");
        assertEquals(Route.IMMEDIATE_RISK, failed.route());
        assertEquals(TimeLimitedClassifier.UNAVAILABLE_RULE, failed.rule());
    }

    private TimeLimitedClassifier limited(java.util.function.Function<String, Classification> behaviour) {
        return limited(behaviour, Duration.ofMillis(300));
    }

    private TimeLimitedClassifier limited(java.util.function.Function<String, Classification> behaviour,
                                          Duration limit) {
        IntentClassifier delegate = new IntentClassifier() {
            @Override
            public Classification classify(String text) {
                return behaviour.apply(text);
            }

            @Override
            public String modelVersion() {
                return "v1";
            }
        };
        return new TimeLimitedClassifier(delegate, executor, limit);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
