package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dialogue/self-harm-thoughts.txt as ImmediateRiskAdvisor reads it: a child's own wish to die (own_wish) answered with help today
 * whatever the model's intent, and a wish laughed off as a joke read like one said at times (habit), never a wish that another
 * were dead (risk helper, 34th session: a DSL's "wishes he was dead ... only messing" got the 999 script).
 */
class SelfHarmThoughtsCuesTest {

    private static final List<PatternFile.Labelled> CUES = PatternFile.labelledFromClasspath("dialogue/self-harm-thoughts.txt");

    private static boolean said(String label, String message) {
        String t = PatternFile.cueText(message);
        return CUES.stream().anyMatch(l -> l.label().equals(label) && l.foundIn(t));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a year 10 boy told me he wishes he was dead", "she wishes she was dead",
            "my pupil said she wants to die", "keeps saying they wish they were dead", "says he wanna die"})
    void theChildsOwnWish(String message) {
        assertTrue(said("own_wish", message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dad says he wishes she was dead", "her stepdad told her he wishes she was dead",
            "my ex says he wants her to die", "he said he wants to kill her"})
    void neverAWishThatAnotherWereDead(String message) {
        assertFalse(said("own_wish", message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"then said he was only joking", "she laughed it off", "he said it as a joke",
            "said she didnt mean it", "he said he was just messing"})
    void aWishTakenBackAsAJokeStandsWithTheHabitWording(String message) {
        assertTrue(said("habit", message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"said he was only joking but he has taken tablets", "laughed it off and then cut himself"})
    void anActStillCounts(String message) {
        assertTrue(said("acts", message), message);
    }
}
