package uk.mashline.nlu.bench;

import uk.mashline.nlu.Classification;
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
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the understanding step makes of every message the project has written down (each intent example,
 * the held-out files, every TAB file under src/test/resources/nlu: false alarms, slot cases, trials and
 * blind sets; the name finder's annotated examples without their markers, the benchmark's messages):
 * one line each with the route, intent, exact confidence, rule
 * and every slot. A speed change must leave this file byte for byte the same: run it on the build before
 * and after and {@code diff} the two. Uses only the NLU's public API, so it runs against an older build.
 * {@code java -cp ... uk.mashline.nlu.bench.UnderstandingSnapshot [intents-dir] [out-file]}
 */
public final class UnderstandingSnapshot {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private UnderstandingSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        Path intents = Path.of(args.length > 0 ? args[0] : "intents");
        Path out = Path.of(args.length > 1 ? args[1] : "target/understanding-snapshot.tsv");
        NluSettings settings = NluSettings.standard();
        var model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training())
                .train(IntentCorpusLoader.fromDirectory(intents));
        IntentClassifier classifier = OpenNlpIntentClassifier.of(model, settings);
        var names = new SlotNameFinderTrainer(TextNormaliser.standard())
                .train(Files.readAllLines(intents.resolve("slots").resolve("train.txt")));
        SlotExtractor slots = new NameFinderSlotExtractor(TextNormaliser.standard(), RuleSlotExtractor.standard(),
                PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE), java.util.concurrent.CompletableFuture.completedFuture(names));

        Set<String> messages = new LinkedHashSet<>(List.of(Messages.ALL));
        try (Stream<Path> files = Files.list(intents)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                addLines(messages, file, false);
            }
        }
        addLines(messages, intents.resolve("test").resolve("heldout.tsv"), true);
        addLines(messages, intents.resolve("slots").resolve("train.txt"), false);
        addLines(messages, intents.resolve("slots").resolve("test").resolve("heldout.txt"), false);
        // the false-alarm, slot-case, trial and blind sets: every TAB file under the NLU's test resources
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/nlu"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                addLines(messages, file, true);
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String message : messages) {
                Classification c = classifier.classify(message);
                w.println(message + "\t" + c.route() + "\t" + c.intent() + "\t" + c.confidence() + "\t" + c.rule()
                        + "\t" + new TreeMap<>(slots.extract(message, TODAY).values()));
            }
        }
        System.out.println(messages.size() + " messages written to " + out);
    }

    /** Non-comment lines; in TAB files every field (the message may be either column); markers removed. */
    private static void addLines(Set<String> messages, Path file, boolean tabs) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>(tabs ? List.of(line.split("\t")) : List.of(line));
            for (String field : fields) {
                String message = field.replaceAll("<START:[a-z_]+> ?", "").replace(" <END>", "").replace("<END>", "").strip();
                if (!message.isEmpty()) {
                    messages.add(message);
                }
            }
        }
    }
}
