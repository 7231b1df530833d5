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

    /** A spread of real-world shapes: text-speak, long and short, every route, danger and not. */
    private static final String[] MESSAGES = {
        "hi",
        "im worried about my neighbours kids they r always shouting n the little one looks hungry",
        "he's outside rn and he's got a knife pls help",
        "How do I make a referral to the MASH as a school DSL?",
        "I disagree with the decision to close the case and want to escalate",
        "can i share information with the school without the parents consent",
        "the social worker was rude to me on the phone and I want to complain",
        "can i speak to a real person",
        "thanks bye",
        "what time does the tip open",
        "my 3 yr old has been left on his own all night and mum isnt back",
        "Is this a level 3 or level 4 on the threshold document? practitioner consultation please",
        "family struggling with housing and the kids behaviour, is there any support like early help",
        "my friend said she's going to kill herself tonight",
        "😢😢😢 dunno wat to do cos my step dad hits me when he drinks",
        "Good morning, I'm a health visitor with a question about a baby who has a bruise",
    };

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
        String message = MESSAGES[next];
        next = next + 1 == MESSAGES.length ? 0 : next + 1;
        return classifier.classify(message);
    }
}
