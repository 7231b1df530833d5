package uk.mashline.nlu.opennlp;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Parallel;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.nlu.ImmediateRiskDetector;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.PlainAnswers;
import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.slots.RuleSlotExtractor;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Provides the {@link IntentClassifier} bean, created eagerly ({@link Context}) at start-up so
 * the model trains on a background thread while the rest of the service starts; start-up
 * itself never waits. The training data is {@code MASH_INTENTS_DIR} when set, otherwise the
 * intents packaged in the jar.
 */
@Factory
public class NluFactory {

    private static final Logger LOG = LoggerFactory.getLogger(NluFactory.class);

    // reading the risk rules and the model takes a tenth of start-up: done on another core meanwhile
    @Context
    @Parallel
    IntentClassifier intentClassifier(@Value("${mash.intents.dir:}") String intentsDir) {
        NluSettings settings = NluSettings.standard();
        TextNormaliser normaliser = TextNormaliser.standard();
        ImmediateRiskDetector detector = ImmediateRiskDetector.standard();
        PlainAnswers plainAnswers = PlainAnswers.standard();
        OpenNlpModelTrainer trainer = new OpenNlpModelTrainer(normaliser, settings.training());
        CompletableFuture<OpenNlpIntentModel> model = new CompletableFuture<>();
        Thread training = new Thread(() -> train(trainer, intentsDir, model), "nlu-training");
        // A daemon: a service stopped mid-training must not hang on it.
        training.setDaemon(true);
        training.start();
        return new OpenNlpIntentClassifier(normaliser, detector, plainAnswers, settings, model);
    }

    /** The facts a message states (role, age, stage, date...), read by rules from data files. */
    // eager: its patterns compile during start-up, not in the first caller's turn
    @Context
    @Parallel
    SlotExtractor slotExtractor() {
        return RuleSlotExtractor.standard();
    }

    private static void train(OpenNlpModelTrainer trainer, String intentsDir,
                              CompletableFuture<OpenNlpIntentModel> model) {
        try {
            long start = System.nanoTime();
            IntentCorpus corpus = intentsDir.isBlank()
                    ? IntentCorpusLoader.fromClasspath(NluFactory.class.getClassLoader())
                    : IntentCorpusLoader.fromDirectory(Path.of(intentsDir));
            OpenNlpIntentModel trained = trainer.loadOrTrain(corpus, NluFactory.class.getClassLoader());
            LOG.info("intent model {} ready ({} intents, {} examples) in {} ms", trained.version(),
                    corpus.intents().size(), corpus.exampleCount(), (System.nanoTime() - start) / 1_000_000);
            model.complete(trained);
        } catch (RuntimeException | Error e) {
            // Only the error type and its own message (file names, never user text).
            LOG.error("intent model training failed ({}: {}); only the immediate-risk rules will work",
                    e.getClass().getSimpleName(), e.getMessage());
            model.completeExceptionally(e);
        }
    }
}
