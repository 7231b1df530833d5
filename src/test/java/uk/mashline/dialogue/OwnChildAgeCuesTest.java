package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** debt-49: the writer's own age under 18 (dialogue/own-child-age.txt, AboutTheLine), moved from Java to data unchanged. */
class OwnChildAgeCuesTest {

    private static final List<Pattern> CUES = PatternFile.fromClasspath("dialogue/own-child-age.txt");

    private static boolean ownChildAge(String message) {
        String lower = PatternFile.cueText(message);
        return CUES.stream().anyMatch(p -> p.matcher(lower).find());
    }

    // care helper's own set, 35th session; the shapes AboutTheLine read in Java
    @ParameterizedTest
    @ValueSource(strings = {"im 14. if i tell you something do you have to tell the police", "I’m only 11 is this a real person",
            "i am nearly 13 can i use this", "hiya im 9", "im 17"})
    void aChildsOwnAge(String message) {
        assertTrue(ownChildAge(message), message);
    }

    // a grown-up's age, a length of time, a distance or an amount is not a child's age
    @ParameterizedTest
    @ValueSource(strings = {"im 18 is this private", "im 34 and feeling low", "im 10 mins away", "im 5 miles from the school",
            "i am 3 months pregnant", "my son is 14", "im 100% sure"})
    void notAChildsOwnAge(String message) {
        assertFalse(ownChildAge(message), message);
    }
}
