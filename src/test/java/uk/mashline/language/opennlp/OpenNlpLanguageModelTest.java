package uk.mashline.language.opennlp;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language model loads when a message first needs it, once, and never holds a message for long. */
class OpenNlpLanguageModelTest {

    private static final String POLISH = "mój partner bije moje dziecko i boję się wrócić do domu";

    /** An executor that keeps its tasks until told to run them: the load "still under way". */
    private static final class HeldLoader implements Executor {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
        }

        synchronized void runAll() {
            tasks.forEach(Runnable::run);
            tasks.clear();
        }
    }

    @Test
    void nothingLoadsUntilAMessageNeedsTheModelAndThenOnlyOnce() {
        HeldLoader loader = new HeldLoader();
        OpenNlpLanguageModel model = OpenNlpLanguageModel.onFirstUse(loader, Duration.ZERO);
        assertTrue(loader.tasks.isEmpty(), "a service that has seen only English never holds the model");
        assertFalse(model.isLoaded());

        assertEquals(List.of(), model.rank(POLISH), "while it loads, script and words decide");
        assertEquals(1, loader.tasks.size());
        model.rank(POLISH);
        assertEquals(1, loader.tasks.size(), "one load, however many messages ask meanwhile");

        loader.runAll();
        assertTrue(model.isLoaded());
        assertEquals("pol", model.rank(POLISH).get(0).code());
    }

    @Test
    void aMessageWaitsOnlyBrieflyForALoadUnderWay() {
        OpenNlpLanguageModel model = OpenNlpLanguageModel.onFirstUse(new HeldLoader(), Duration.ofMillis(50));
        long start = System.nanoTime();
        assertEquals(List.of(), model.rank(POLISH));
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waited >= 40 && waited < 1_000, waited + " ms");
    }

    @Test
    void aModelThatFailedToLoadLeavesScriptAndWordsToDecideAndNeverFailsTheTurn() {
        OpenNlpLanguageModel failed = new OpenNlpLanguageModel(Runnable::run, Duration.ZERO, () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(List.of(), failed.rank(POLISH));
        assertFalse(failed.isLoaded());
        OpenNlpLanguageModel failing = new OpenNlpLanguageModel(task -> new Thread(task).start(), Duration.ofSeconds(5),
                () -> {
                    throw new IllegalStateException("damaged");
                });
        assertEquals(List.of(), failing.rank(POLISH));
    }

    @Test
    void aLoadThatFinishesWithinTheWaitAnswersTheFirstMessageAsAnEagerModelWould() {
        OpenNlpLanguageModel lazy = OpenNlpLanguageModel.onFirstUse(task -> new Thread(task).start(),
                Duration.ofSeconds(30));
        OpenNlpLanguageModel eager = new OpenNlpLanguageModel(Runnable::run);
        assertEquals(eager.rank(POLISH), lazy.rank(POLISH));
    }
}
