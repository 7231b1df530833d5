package uk.mashline.nlu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.opennlp.NameFinderSlotExtractor;
import uk.mashline.nlu.opennlp.OpenNlpModelTrainer;
import uk.mashline.nlu.opennlp.SlotNameFinderTrainer;
import uk.mashline.nlu.slots.PhraseRules;
import uk.mashline.nlu.slots.RuleSlotExtractor;

/**
 * The understanding step of two builds compared in one process, for a machine shared with other work: each
 * build's classes (and OpenNLP) in a class loader of their own, the benchmark's messages through each in turn,
 * rounds alternating, CPU time of the thread per message. Both copies run under the same load at the same
 * moment and share the JIT, so their ratio holds where a rate of either alone moves by half from run to run.
 * The models are loaded as the service loads them (the build's packaged ones), the data from each build's
 * classes, the intents from {@code intents/}.
 * <pre>
 *   java -cp target/bench/test-classes:target/bench/classes:$(cat target/bench/nlu-classpath.txt) \
 *       uk.mashline.nlu.bench.UnderstandingAb BASE/classes target/bench/classes [rounds] [messages a round]
 * </pre>
 * BASE is another checkout's bench build ({@code scripts/bench-nlu} or {@code ./mvnw -Pbench test-compile} there).
 */
public final class UnderstandingAb {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private UnderstandingAb() {
    }

    /** One build's understanding step; made by reflection inside that build's class loader. */
    public static final class Driver {
        private final IntentClassifier classifier;
        private final SlotExtractor slots;
        private int next;

        public Driver() throws Exception {
            NluSettings settings = NluSettings.standard();
            Path intents = Path.of(System.getProperty("mash.intents.dir", "intents"));
            ClassLoader loader = Driver.class.getClassLoader();
            var model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training())
                    .loadOrTrain(IntentCorpusLoader.fromDirectory(intents), loader);
            classifier = uk.mashline.nlu.opennlp.OpenNlpIntentClassifier.of(model, settings);
            var names = new SlotNameFinderTrainer(TextNormaliser.standard())
                    .loadOrTrain(Files.readAllLines(intents.resolve("slots").resolve("train.txt")), loader);
            slots = new NameFinderSlotExtractor(TextNormaliser.standard(), RuleSlotExtractor.standard(),
                    PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE), CompletableFuture.completedFuture(names));
        }

        /** What the step makes of each message, as text: two builds that agree on every message agree here. */
        public List<String> answers(List<String> messages) {
            List<String> out = new ArrayList<>();
            for (String message : messages) {
                out.add(classifier.classify(message) + " / " + slots.extract(message, TODAY));
            }
            return out;
        }

        public int run(int messages) {
            int sink = 0;
            for (int i = 0; i < messages; i++) {
                String message = Messages.ALL[next];
                next = next + 1 == Messages.ALL.length ? 0 : next + 1;
                sink += classifier.classify(message).hashCode() + slots.extract(message, TODAY).hashCode();
            }
            return sink;
        }
    }

    /** Loads the project's classes, its resources and OpenNLP from its own folders first, so each build has its own. */
    private static final class BuildLoader extends URLClassLoader {
        BuildLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("uk.mashline.") && !name.startsWith("opennlp.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        c = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }

    /**
     * A change made for speed must not change an answer: every message of the intents' training and held-out files
     * (the service's own words, with their ages, dates and stages) through both builds, and the ones they differ on.
     */
    @SuppressWarnings("unchecked")
    private static void sameAnswers(Object[] drivers, String[] args) throws Exception {
        List<String> messages = new ArrayList<>();
        try (var files = Files.walk(Path.of(System.getProperty("mash.intents.dir", "intents")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".tsv")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        messages.add(line.substring(line.indexOf('\t') + 1).replaceAll("<START:[^>]*> | <END>", ""));
                    }
                }
            }
        }
        List<List<String>> answers = new ArrayList<>();
        for (Object driver : drivers) {
            answers.add((List<String>) driver.getClass().getMethod("answers", List.class).invoke(driver, messages));
        }
        int differ = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (!answers.get(0).get(i).equals(answers.get(1).get(i))) {
                if (differ++ < 5) {
                    System.out.printf("differ: %s%n  %s: %s%n  %s: %s%n", messages.get(i), args[0], answers.get(0).get(i),
                            args[1], answers.get(1).get(i));
                }
            }
        }
        System.out.printf("answers: %d messages, %d differ%n", messages.size(), differ);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int messages = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        URL benchClasses = UnderstandingAb.class.getProtectionDomain().getCodeSource().getLocation();
        URL opennlp = opennlp.tools.util.Version.class.getProtectionDomain().getCodeSource().getLocation();
        Object[] drivers = new Object[2];
        Method[] run = new Method[2];
        for (int k = 0; k < 2; k++) {
            ClassLoader loader = new BuildLoader(new URL[] {Path.of(args[k]).toUri().toURL(), benchClasses, opennlp},
                    UnderstandingAb.class.getClassLoader());
            Class<?> driver = Class.forName(Driver.class.getName(), true, loader);
            drivers[k] = driver.getConstructor().newInstance();
            run[k] = driver.getMethod("run", int.class);
        }
        sameAnswers(drivers, args);
        for (int warm = 0; warm < 6; warm++) {
            for (int k = 0; k < 2; k++) {
                run[k].invoke(drivers[k], messages);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<List<Double>> micros = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < 2; i++) {
                int k = round % 2 == 0 ? i : 1 - i;
                long cpu = threads.getCurrentThreadCpuTime();
                run[k].invoke(drivers[k], messages);
                micros.get(k).add((threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / messages);
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            ratios.add(micros.get(0).get(round) / micros.get(1).get(round));
        }
        Collections.sort(ratios);
        for (int k = 0; k < 2; k++) {
            List<Double> sorted = new ArrayList<>(micros.get(k));
            Collections.sort(sorted);
            System.out.printf("%s: best %.1f us a message (%.0f per CPU-second), median %.1f%n", args[k], sorted.get(0),
                    1e6 / sorted.get(0), sorted.get(sorted.size() / 2));
        }
        System.out.printf("first / second, CPU a message: best against best %.2f, median of the rounds' ratios %.2f%n",
                Collections.min(micros.get(0)) / Collections.min(micros.get(1)), ratios.get(rounds / 2));
    }
}
