package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An adult's "the child is safe for now" (dialogue/safe-now-adult.txt, label safe): what it must take, and what it must
 * never take, because a message read as safe is answered with who to tell today instead of 999.
 */
class SafeNowAdultCuesTest {

    private static final List<PatternFile.Labelled> CUES = PatternFile.labelledFromClasspath("dialogue/safe-now-adult.txt");

    private static boolean saysSafe(String text) {
        String t = PatternFile.cueText(text).strip();
        return CUES.stream().filter(c -> c.label().equals("safe")).anyMatch(c -> c.pattern().matcher(t).find());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "no theyre not in danger i just dont know what to do",
            "he seems fine now, he's with me today",
            "she is here with me now and safe",
            "no hes at school",
            "they're safe now, I've got them at mine",
            "he is at work now",
            "my husband is not here"})
    void takesAPlainStatementThatTheChildIsSafe(String text) {
        assertTrue(saysSafe(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i dont think he is safe now",
            "i'm not sure she is safe with us",
            "i hope they are fine with me tonight",
            "im not sure if they are not in danger",
            "he is not safe",
            "shes not safe at home",
            "he is at work now but he is coming back at 5"})
    void neverTakesDoubtOrDanger(String text) {
        assertFalse(saysSafe(text), text);
    }
}
