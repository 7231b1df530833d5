package uk.mashline.nlu.bench;

import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.opennlp.NameFinderSlotExtractor;
import uk.mashline.nlu.opennlp.OpenNlpIntentClassifier;
import uk.mashline.nlu.opennlp.OpenNlpModelTrainer;
import uk.mashline.nlu.opennlp.SlotNameFinderTrainer;
import uk.mashline.nlu.slots.PhraseRules;
import uk.mashline.nlu.slots.RuleSlotExtractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the whole understanding step (classifier, rule slots, name finder) over a fixed number of
 * messages, loading the models packed by the build instead of training them: for counting instructions
 * under valgrind, where perf's counters are not available. Two runs with different counts, subtracted,
 * give the instructions per message without start-up:
 * {@code valgrind --tool=callgrind java -cp ... uk.mashline.nlu.bench.FixedCountRun 20000}.
 */
public final class FixedCountRun {

    private static Object sink;

    private FixedCountRun() {
    }

    public static void main(String[] args) throws IOException {
        long messages = Long.parseLong(args[0]);
        Path intents = Path.of(System.getProperty("mash.intents.dir", "intents"));
        ClassLoader loader = FixedCountRun.class.getClassLoader();
        NluSettings settings = NluSettings.standard();
        var model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training())
                .loadOrTrain(IntentCorpusLoader.fromDirectory(intents), loader);
        IntentClassifier classifier = OpenNlpIntentClassifier.of(model, settings);
        var names = new SlotNameFinderTrainer(TextNormaliser.standard())
                .loadOrTrain(Files.readAllLines(intents.resolve("slots").resolve("train.txt")), loader);
        SlotExtractor slots = new NameFinderSlotExtractor(TextNormaliser.standard(), RuleSlotExtractor.standard(),
                PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE), CompletableFuture.completedFuture(names));
        LocalDate today = LocalDate.of(2026, 11, 18);
        for (long i = 0; i < messages; i++) {
            String message = Messages.ALL[(int) (i % Messages.ALL.length)];
            sink = classifier.classify(message);
            sink = slots.extract(message, today);
        }
        System.out.println(messages + " messages");
    }
}
