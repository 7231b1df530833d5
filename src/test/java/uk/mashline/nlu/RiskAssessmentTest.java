package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ImmediateRiskDetector#assess}: the rule {@link ImmediateRiskDetector#detect} gives and the answer
 * {@link ImmediateRiskDetector#reassures} gives, on every line the model is trained and held out on and on messages whose
 * harmless phrases are blanked before others are looked for (nlu-48: the harmless lines the ignores found are not searched
 * again).
 */
class RiskAssessmentTest {

    private final TextNormaliser normaliser = TextNormaliser.standard();
    private final ImmediateRiskDetector detector = ImmediateRiskDetector.standard();

    @Test
    void assessesAsDetectAndReassuresDo() {
        List<String> texts = new ArrayList<>();
        IntentCorpusLoader.fromDirectory(java.nio.file.Path.of("intents")).intents().forEach(f -> texts.addAll(f.examples()));
        HeldOutExample.read(HeldOutExample.DEFAULT_FILE).forEach(e -> texts.add(e.text()));
        texts.addAll(List.of("", "a", "shes safe now", "my mum will literally kill me lol", "killing time before school",
                // an ignore that matches first, so the harmless lines after it are looked for again in the changed text
                "kill time then my mum will literally kill me lol shes fine", "the holidays are killing me lol shes safe now",
                "my mum will literally kill me lol and hes outside right now with a knife", "she is always out late"));
        int reassured = 0;
        for (String text : texts) {
            String normalised = normaliser.normalise(text);
            ImmediateRiskDetector.Assessment assessed = detector.assess(normalised);
            assertEquals(detector.detect(normalised), assessed.rule(), text);
            boolean expected = detector.reassures(normalised);
            assertEquals(expected, assessed.reassures(), text);
            reassured += expected ? 1 : 0;
        }
        assertTrue(reassured > 50, "the lines cover reassuring wording: " + reassured);
    }
}
