package uk.mashline.nlu.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
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
import java.util.concurrent.TimeUnit;

/**
 * Messages per second through the whole understanding step a turn takes, on one thread: the
 * classifier (normaliser, risk rules, plain answers, model, route policy) and the slot extractor
 * (rules and name finder), both models trained from intents/ as the build trains them.
 * Run with scripts/bench-nlu. Target: at least 10,000 messages a second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UnderstandingBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private IntentClassifier classifier;
    private SlotExtractor slots;
    private int next;

    @Setup
    public void train() throws IOException {
        NluSettings settings = NluSettings.standard();
        Path intents = Path.of(System.getProperty("mash.intents.dir", "intents"));
        var model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training())
                .train(IntentCorpusLoader.fromDirectory(intents));
        classifier = OpenNlpIntentClassifier.of(model, settings);
        var names = new SlotNameFinderTrainer(TextNormaliser.standard())
                .train(Files.readAllLines(intents.resolve("slots").resolve("train.txt")));
        slots = new NameFinderSlotExtractor(TextNormaliser.standard(), RuleSlotExtractor.standard(),
                PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE), CompletableFuture.completedFuture(names));
    }

    @Benchmark
    public void understand(Blackhole sink) {
        String message = Messages.ALL[next];
        next = next + 1 == Messages.ALL.length ? 0 : next + 1;
        sink.consume(classifier.classify(message));
        sink.consume(slots.extract(message, TODAY));
    }
}
