package uk.mashline.nlu.opennlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mashline.nlu.HeldOutExample;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.Route;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.eval.Evaluation;
import uk.mashline.nlu.eval.Prediction;

import java.nio.file.Path;
import java.util.List;

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

    @BeforeAll
    static void trainAndEvaluate() {
        NluSettings settings = NluSettings.standard();
        corpus = IntentCorpusLoader.fromDirectory(Path.of("intents"));
        var model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training()).train(corpus);
        IntentClassifier classifier = OpenNlpIntentClassifier.of(model, settings);
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

    @Test
    void theHeldOutSetIsNeverTrainingData() {
        TextNormaliser normaliser = TextNormaliser.standard();
        var taught = corpus.intents().stream().flatMap(f -> f.examples().stream()).map(normaliser::normalise)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(examples.stream().noneMatch(e -> taught.contains(normaliser.normalise(e.text()))));
    }
}
