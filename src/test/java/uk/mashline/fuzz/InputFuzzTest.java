package uk.mashline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import uk.mashline.dialogue.AnswerParser;
import uk.mashline.nlu.ImmediateRiskDetector;
import uk.mashline.nlu.TextNormaliser;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Fuzz tests (Jazzer). In CI they run in regression mode over the inputs under
 * src/test/resources/uk/mashline/fuzz/InputFuzzTestInputs; set JAZZER_FUZZ=1 to fuzz for real.
 * Whatever a person types, reading it must never throw.
 */
class InputFuzzTest {

    private static final TextNormaliser NORMALISER = TextNormaliser.standard();
    private static final ImmediateRiskDetector DETECTOR = ImmediateRiskDetector.standard();
    private static final AnswerParser ANSWERS = new AnswerParser();

    @FuzzTest(maxDuration = "20s")
    void normalisingAndRiskRulesNeverThrow(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        assertNotNull(NORMALISER.normalise(text));
        NORMALISER.tokens(text);
        DETECTOR.detect(NORMALISER.normalise(text));
    }

    @FuzzTest(maxDuration = "20s")
    void flowAnswersNeverThrow(FuzzedDataProvider data) {
        int stages = data.consumeInt(0, 6);
        String text = data.consumeRemainingAsString();
        ANSWERS.menuChoice(text);
        ANSWERS.yesNo(text);
        ANSWERS.stage(text, stages);
        ANSWERS.date(text, LocalDate.of(2027, 3, 10));
    }
}
