package uk.mashline.nlu.opennlp;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Parallel;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.nlu.ImmediateRiskDetector;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.PlainAnswers;
import uk.mashline.nlu.RouteCues;
import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.slots.PhraseRules;
import uk.mashline.nlu.slots.RuleSlotExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    IntentClassifier intentClassifier(IntentDataSettings data) {
        String intentsDir = data.folder().map(Path::toString).orElse("");
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
        return new OpenNlpIntentClassifier(normaliser, detector, plainAnswers, RouteCues.standard(), settings, model);
    }

    /**
     * The facts a message states (role, age, stage, date...): rules from data files, then the slot name
     * finder, loaded from the jar (or trained on a background thread when the examples changed; the rules
     * answer alone meanwhile).
     */
    // eager: its patterns compile during start-up, not in the first caller's turn
    @Context
    @Parallel
    SlotExtractor slotExtractor(IntentDataSettings data) {
        String intentsDir = data.folder().map(Path::toString).orElse("");
        TextNormaliser normaliser = TextNormaliser.standard();
        CompletableFuture<SlotNameFinder> names = new CompletableFuture<>();
        Thread training = new Thread(() -> trainNames(new SlotNameFinderTrainer(normaliser), intentsDir, names),
                "nlu-names");
        training.setDaemon(true);
        training.start();
        return new NameFinderSlotExtractor(normaliser, RuleSlotExtractor.standard(),
                PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE), names);
    }

    private static void trainNames(SlotNameFinderTrainer trainer, String intentsDir,
                                   CompletableFuture<SlotNameFinder> names) {
        try {
            Path examples = intentsDir.isBlank() ? null : Path.of(intentsDir, "slots", "train.txt");
            List<String> lines = examples != null && Files.exists(examples)
                    ? Files.readAllLines(examples, StandardCharsets.UTF_8)
                    : SlotNameFinderTrainer.examplesFromClasspath(NluFactory.class.getClassLoader());
            SlotNameFinder finder = trainer.loadOrTrain(lines, NluFactory.class.getClassLoader());
            LOG.info("slot name finder {} ready", finder.version());
            names.complete(finder);
        } catch (IOException | RuntimeException | Error e) {
            LOG.error("slot name finder failed ({}: {}); slots come from the rules alone",
                    e.getClass().getSimpleName(), e.getMessage());
            names.completeExceptionally(e);
        }
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
