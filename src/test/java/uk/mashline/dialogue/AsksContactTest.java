package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Who do I contact?" lives in one labelled file (dialogue/asks-contact.tsv): the whole message asking it is
 * DirectQuestions' kind CONTACT, the question inside a longer message is the escalation's cue to put the policy's
 * contact beside its first question. It had been two files, questions.tsv kind `contact` and asks-contact.txt.
 */
class AsksContactTest {

    private static final Wording WORDING = Wording.fromClasspath("dialogue/wording.properties");
    private static final DirectQuestions QUESTIONS = DirectQuestions.fromClasspath(DirectQuestions.DEFAULT_FILE, WORDING);

    @ParameterizedTest
    @ValueSource(strings = {"who do i contact exactly", "so who do we go to?", "whos the contact"})
    void aWholeMessageAskingIsTheContactQuestion(String message) {
        assertEquals(Optional.of(DirectQuestions.Kind.CONTACT), QUESTIONS.kind(message), message);
    }

    @Test
    void theQuestionInsideAFirstMessageIsTheEscalationsCueNotAWholeQuestion() {
        String message = "we disagree with the mash decision to close the case, who do i contact?";
        assertTrue(QUESTIONS.kind(message).filter(k -> k == DirectQuestions.Kind.CONTACT).isEmpty(), message);
        assertTrue(DirectQuestions.contactAskedInside().stream().anyMatch(p -> p.matcher(message).find()), message);
    }

    @Test
    void theCuesAreInOnePlace() {
        assertTrue(PatternFile.labelledFromClasspath(DirectQuestions.DEFAULT_FILE).stream()
                .noneMatch(l -> l.label().equals("contact")), "questions.tsv still has contact cues");
        assertTrue(getClass().getClassLoader().getResource("dialogue/asks-contact.txt") == null,
                "asks-contact.txt is back beside asks-contact.tsv");
    }
}
