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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * The understanding step's cost in the benchmark thread's own CPU time, not wall time: on a machine
 * shared with other builds (perf's instruction counters are not available here) the CPU time a thread
 * is given is far steadier than JMH's wall-clock throughput. Prints messages per CPU-second for the
 * classifier, the rule slot extractor and the whole step (classifier, rules and name finder), each the
 * best of several rounds after a warm-up. Uses only the public API of the NLU, so the same class runs
 * against an older build for a before/after figure:
 * {@code java -cp target/bench/test-classes:target/bench/classes:... uk.mashline.nlu.bench.CpuTimeBench [rounds] [seconds]}
 */
public final class CpuTimeBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Object sink;

    private CpuTimeBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        NluSettings settings = NluSettings.standard();
        Path intents = Path.of(System.getProperty("mash.intents.dir", "intents"));
        var model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training())
                .train(IntentCorpusLoader.fromDirectory(intents));
        IntentClassifier classifier = OpenNlpIntentClassifier.of(model, settings);
        var names = new SlotNameFinderTrainer(TextNormaliser.standard())
                .train(Files.readAllLines(intents.resolve("slots").resolve("train.txt")));
        SlotExtractor slots = new NameFinderSlotExtractor(TextNormaliser.standard(), RuleSlotExtractor.standard(),
                PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE), CompletableFuture.completedFuture(names));
        SlotExtractor rules = RuleSlotExtractor.standard();

        Step classify = m -> sink = classifier.classify(m);
        Step ruleSlots = m -> sink = rules.extract(m, TODAY);
        Step whole = m -> {
            sink = classifier.classify(m);
            sink = slots.extract(m, TODAY);
        };
        for (int warm = 0; warm < 3; warm++) {
            measure(whole, seconds);
            measure(classify, seconds / 2);
            measure(ruleSlots, seconds / 2);
        }
        report("classifier", classify, rounds, seconds);
        report("rule slots", ruleSlots, rounds, seconds);
        report("understanding step", whole, rounds, seconds);
    }

    private interface Step {
        void run(String message);
    }

    private static void report(String name, Step step, int rounds, double seconds) {
        double best = 0;
        StringBuilder all = new StringBuilder();
        for (int r = 0; r < rounds; r++) {
            double rate = measure(step, seconds);
            best = Math.max(best, rate);
            all.append(String.format(" %.0f", rate));
        }
        System.out.printf("%-20s best %,10.0f messages per CPU-second (rounds:%s)%n", name, best, all);
    }

    /** Messages per second of this thread's CPU time, over about {@code seconds} of it. */
    private static double measure(Step step, double seconds) {
        long budget = (long) (seconds * 1e9);
        long start = THREADS.getCurrentThreadCpuTime();
        long messages = 0;
        long used;
        do {
            for (String message : Messages.ALL) {
                step.run(message);
            }
            messages += Messages.ALL.length;
            used = THREADS.getCurrentThreadCpuTime() - start;
        } while (used < budget);
        return messages / (used / 1e9);
    }
}
