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
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.opennlp.OpenNlpIntentClassifier;
import uk.mashline.nlu.opennlp.OpenNlpModelTrainer;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Messages classified per second on one thread, through the whole classifier (normaliser,
 * immediate-risk rules, model, route policy), with the model trained on intents/ as at start-up.
 * Run with scripts/bench-nlu. Target: at least 20,000 messages a second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifierBenchmark {

    private IntentClassifier classifier;
    private int next;

    @Setup
    public void train() {
        NluSettings settings = NluSettings.standard();
        var corpus = IntentCorpusLoader.fromDirectory(Path.of(System.getProperty("mash.intents.dir", "intents")));
        var model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training()).train(corpus);
        classifier = OpenNlpIntentClassifier.of(model, settings);
    }

    @Benchmark
    public Classification classify() {
        String message = Messages.ALL[next];
        next = next + 1 == Messages.ALL.length ? 0 : next + 1;
        return classifier.classify(message);
    }
}
