package uk.mashline.nlu.opennlp;

import org.junit.jupiter.api.Test;
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.ImmediateRiskDetector;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentFile;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.PlainAnswers;
import uk.mashline.nlu.RouteCues;
import uk.mashline.dialogue.Route;
import uk.mashline.nlu.TextNormaliser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trains real (tiny) models from inline corpora. */
class OpenNlpIntentClassifierTest {

    static final IntentCorpus TINY = new IntentCorpus(List.of(
            new IntentFile("greeting", Route.GREETING, "GREETING",
                    List.of("hello", "hi there", "good morning", "hiya", "hey", "hello there", "good afternoon")),
            new IntentFile("complaint", Route.COMPLAINT, "COMPLAINT",
                    List.of("i want to complain", "the social worker was rude", "make a complaint",
                            "unhappy with how i was treated", "complain about the service", "rude staff")),
            new IntentFile("immediate_violence", Route.IMMEDIATE_RISK, "IMMEDIATE_RISK",
                    List.of("he is hitting her now", "he is attacking us", "he is outside and scared",
                            "he is beating my mum", "he is hurting the baby", "attacking me now"))));

    private final NluSettings settings = NluSettings.standard();
    private final OpenNlpModelTrainer trainer = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training());

    @Test
    void classifiesWithATinyModelAndRecordsItsVersion() {
        OpenNlpIntentModel model = trainer.train(TINY);
        OpenNlpIntentClassifier classifier = OpenNlpIntentClassifier.of(model, settings);
        Classification c = classifier.classify("Hiya!!");
        assertEquals("greeting", c.intent());
        assertEquals(Route.GREETING, c.route());
        assertEquals(model.version(), c.modelVersion());
        assertEquals(model.version(), classifier.modelVersion());
        assertEquals(12, model.version().length());
        assertEquals(Route.COMPLAINT, classifier.classify("i want to make a complaint").route());
    }

    @Test
    void sameDataSameModelAndDifferentDataDifferentVersion() {
        OpenNlpIntentModel first = trainer.train(TINY);
        OpenNlpIntentModel second = trainer.train(TINY);
        assertEquals(first.version(), second.version());
        for (String text : List.of("hello", "rude", "he is here", "something else entirely")) {
            assertEquals(first.rank(text.split(" ")), second.rank(text.split(" ")));
        }
        List<IntentFile> more = new ArrayList<>(TINY.intents());
        more.add(new IntentFile("goodbye", Route.GOODBYE, "GOODBYE", List.of("bye", "see you")));
        assertNotEquals(first.version(), trainer.train(new IntentCorpus(more)).version());
        var otherSettings = new OpenNlpModelTrainer(TextNormaliser.standard(),
                new uk.mashline.nlu.TrainingSettings("MAXENT", 0, 50, 1, false, 0));
        assertNotEquals(first.version(), otherSettings.train(TINY).version());
    }

    @Test
    void theDetectorOverridesTheModel() {
        OpenNlpIntentClassifier classifier = OpenNlpIntentClassifier.of(trainer.train(TINY), settings);
        Classification c = classifier.classify("hello, he has a knife");
        assertEquals(Route.IMMEDIATE_RISK, c.route());
        assertEquals("weapon", c.rule());
        assertEquals("immediate_violence", c.intent());
        assertTrue(!classifier.isUncertain(c), "immediate risk is never a clarifying question");
    }

    @Test
    void beforeTheModelIsReadyTheRulesStillWorkAndOthersWaitBounded() {
        NluSettings quick = new NluSettings(0.5, 0.2, 0.05, 0.2, Duration.ofMillis(50), settings.training());
        OpenNlpIntentClassifier classifier = new OpenNlpIntentClassifier(TextNormaliser.standard(),
                ImmediateRiskDetector.standard(), PlainAnswers.standard(), RouteCues.standard(), quick,
                new CompletableFuture<OpenNlpIntentModel>());
        long start = System.nanoTime();
        Classification danger = classifier.classify("he's outside with a gun");
        assertTrue(System.nanoTime() - start < 40_000_000L, "danger never waits for the model");
        assertEquals(Route.IMMEDIATE_RISK, danger.route());
        assertEquals("weapon-now", danger.rule());
        Classification other = classifier.classify("hello");
        assertEquals(Route.OUT_OF_SCOPE, other.route());
        assertTrue(classifier.isUncertain(other));
        assertEquals("untrained", classifier.modelVersion());
        assertTrue(!classifier.isReady());
    }

    @Test
    void emptyMessagesAreUncertainNotErrors() {
        OpenNlpIntentClassifier classifier = OpenNlpIntentClassifier.of(trainer.train(TINY), settings);
        for (String text : new String[] {null, "", "🙂🙂", "\u0000", "\uD800"}) {
            Classification c = classifier.classify(text);
            assertEquals("empty", c.intent());
            assertTrue(classifier.isUncertain(c));
        }
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        OpenNlpIntentClassifier classifier = OpenNlpIntentClassifier.of(trainer.train(TINY), settings);
        List<String> texts = List.of("hello there", "the social worker was rude", "he is attacking us", "good morning");
        List<Classification> expected = texts.stream().map(classifier::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int k = i % texts.size();
                        if (!classifier.classify(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
