package uk.mashline.nlu.opennlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mashline.nlu.HeldOutExample;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.dialogue.Route;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.eval.Evaluation;
import uk.mashline.nlu.eval.Prediction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality gates on the held-out file: the model is trained on intents/ exactly as at start-up
 * and judged on messages it never saw, through the whole classifier including the override.
 */
class NluQualityGateTest {

    private static Evaluation heldOut;
    private static List<HeldOutExample> examples;
    private static IntentCorpus corpus;
    private static IntentClassifier classifier;
    /** Ordinary messages and flow answers that must not get the 999 reply: kind TAB text. */
    static final Path NOT_IMMEDIATE_RISK = Path.of("src/test/resources/nlu/not-immediate-risk.tsv");

    @BeforeAll
    static void trainAndEvaluate() {
        NluSettings settings = NluSettings.standard();
        corpus = IntentCorpusLoader.fromDirectory(Path.of("intents"));
        var model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training()).train(corpus);
        classifier = OpenNlpIntentClassifier.of(model, settings);
        examples = HeldOutExample.read(HeldOutExample.DEFAULT_FILE);
        heldOut = new Evaluation(examples.stream()
                .map(e -> new Prediction(e.route(), e.text(), "line " + e.line(), classifier.classify(e.text())))
                .toList());
    }

    @Test
    void everyImmediateRiskMessageIsRecognised() {
        List<Prediction> missed = heldOut.misclassified().stream()
                .filter(p -> p.expected() == Route.IMMEDIATE_RISK).toList();
        assertEquals(List.of(), missed.stream().map(p -> p.source() + ": " + p.text()).toList());
        assertEquals(1.0, heldOut.recall(Route.IMMEDIATE_RISK));
    }

    @Test
    void macroF1OverRoutesIsAtLeast90Percent() {
        assertTrue(heldOut.macroF1() >= 0.90, () -> "macro-F1 " + heldOut.macroF1() + "\n"
                + heldOut.routeMatrix().formatScores() + heldOut.formatMisclassified());
    }

    @Test
    void outOfScopeRecallIsAtLeast90Percent() {
        assertTrue(heldOut.recall(Route.OUT_OF_SCOPE) >= 0.90, () -> "OUT_OF_SCOPE recall "
                + heldOut.recall(Route.OUT_OF_SCOPE));
    }

    /** Numbers, dates, ages and short answers never get the 999 reply; everyday questions almost never. */
    @Test
    void ordinaryMessagesAndFlowAnswersDoNotGetThe999Reply() throws java.io.IOException {
        Map<String, List<String>> falseAlarms = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (String[] line : ordinaryMessages()) {
            counts.merge(line[0], 1, Integer::sum);
            if (classifier.classify(line[1]).route() == Route.IMMEDIATE_RISK) {
                falseAlarms.computeIfAbsent(line[0], k -> new ArrayList<>()).add(line[1]);
            }
        }
        for (String kind : List.of("number", "date", "age", "answer")) {
            assertTrue(counts.getOrDefault(kind, 0) >= 20, kind);
            assertEquals(List.of(), falseAlarms.getOrDefault(kind, List.of()), kind);
        }
        List<String> questions = falseAlarms.getOrDefault("question", List.of());
        assertTrue(questions.size() <= counts.get("question") * 0.03, () -> "999 replies to questions: " + questions);
    }

    static List<String[]> ordinaryMessages() throws java.io.IOException {
        return Files.readAllLines(NOT_IMMEDIATE_RISK).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2)).toList();
    }

    @Test
    void theHeldOutSetIsNeverTrainingData() {
        TextNormaliser normaliser = TextNormaliser.standard();
        var taught = corpus.intents().stream().flatMap(f -> f.examples().stream()).map(normaliser::normalise)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(examples.stream().noneMatch(e -> taught.contains(normaliser.normalise(e.text()))));
        try {
            // short answers ("ok", "stage 2") are in training data by nature, and the rules decide them anyway
            List<String> taughtOrdinary = ordinaryMessages().stream().filter(l -> l[0].equals("question")).map(l -> l[1])
                    .filter(t -> taught.contains(normaliser.normalise(t))).toList();
            assertEquals(List.of(), taughtOrdinary, "the false-alarm set is never training data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
