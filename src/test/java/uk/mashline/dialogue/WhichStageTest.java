package uk.mashline.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.mashline.knowledge.Partnerships;

/**
 * "which stage is it when my manager talks to their manager?" asks for a stage by who has it (esc helper's leftover, 29th
 * session: the LSCB model asked which decision, the stage only behind "more"); "can i go to stage 2 after friday?" asks
 * leave to move on, which the next stage's answer says as a yes.
 */
class WhichStageTest {

    private static final Wording WORDING = Wording.fromClasspath("dialogue/wording.properties");
    private static final DirectQuestions QUESTIONS = DirectQuestions.fromClasspath(DirectQuestions.DEFAULT_FILE, WORDING);

    /** "none": no stage's people are named; Medway's "their manager" is stage 1's Line/Team Manager. */
    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "lscb-model|which stage is it when my manager talks to their manager?|2",
            "sandwell|which stage is it when heads of service get involved?|2",
            "sandwell|which stage is it when my manager takes it up?|1",
            "medway|which stage is the assistant director|3",
            "medway|which stage is it when my manager talks to their manager?|1"})
    void theStageWhosePeopleTheQuestionNames(String partnership, String message, String expected) {
        Optional<Integer> stage = DirectQuestions.heldIn(PatternFile.cueText(message),
                Partnerships.bundled().find(partnership).orElseThrow().escalationPolicy());
        assertEquals(expected, stage.map(String::valueOf).orElse("none"), message);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "which stage is it when my manager talks to their manager?|STAGE",
            "can i go to stage 2 after friday?|OVERDUE",
            "so if i get nothing back by monday can i take it up to stage 2 after that?|OVERDUE",
            "if we hear nothing could we move it on to stage 3 after that?|OVERDUE",
            "right ok, so who do i actually take it to|CONTACT",
            "new in post - what actually is a strategy discussion?|TERM"})
    void isReadAsTheQuestionItAsks(String message, String expected) {
        assertEquals(Optional.of(DirectQuestions.Kind.valueOf(expected)), QUESTIONS.kind(message), message);
    }
}
