package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ways people ask what a word means (lead's probe, 1 Dec: "is that the LADO", "who are the mash" got the menu) are
 * term questions; which of them is answered, and how, is the partnership's TERM guidance (typed-as-users-terms.yml).
 */
class DirectQuestionsTermsTest {

    private static final Wording WORDING = Wording.fromClasspath("dialogue/wording.properties");
    private static final DirectQuestions QUESTIONS = DirectQuestions.fromClasspath(DirectQuestions.DEFAULT_FILE, WORDING);

    @ParameterizedTest
    @ValueSource(strings = {"what is the mash", "who are the mash", "what does the mash do", "is that the LADO",
            "is that prevent", "whats CIN", "what does NFA mean", "what's the EDT", "whats an EHA",
            "would that be the mash?", "what's a strategy discussion", "what is section 17"})
    void askingWhatAWordMeansIsATermQuestion(String message) {
        assertEquals(Optional.of(DirectQuestions.Kind.TERM), QUESTIONS.kind(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"who is the contact?", "whos the contact"})
    void askingWhoTheContactIsStaysTheContactQuestion(String message) {
        assertEquals(Optional.of(DirectQuestions.Kind.CONTACT), QUESTIONS.kind(message), message);
    }
}
