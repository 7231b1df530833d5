package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The last stage's word goes second in its answer's first paragraph, so the web chat's first screen keeps it. */
class StageDueAnswerTest {

    private static final String LAST = "Stage 4 is the last stage of the Sandwell policy.";

    @Test
    void theLastStageIsSaidRightAfterTheDueDate() {
        String due = "Stage 4 (SCSP Chair) is due by Monday 4 January 2027, counting from Monday 21 December 2026. "
                + "Within 7 working days the Chair meets. The policy expects this stage to be completed by working day 20.";
        assertEquals("Stage 4 (SCSP Chair) is due by Monday 4 January 2027, counting from Monday 21 December 2026. " + LAST
                + " Within 7 working days the Chair meets. The policy expects this stage to be completed by working day 20.",
                StageDueAnswer.secondSentence(due, LAST));
    }

    @Test
    void aOneSentenceParagraphGetsItAtTheEnd() {
        assertEquals("Stage 4 (MSCP): no time limit is stated. " + LAST,
                StageDueAnswer.secondSentence("Stage 4 (MSCP): no time limit is stated.", LAST));
    }

    @Test
    void anEarlierStageIsLeftAsItWas() {
        String due = "Stage 2 (Heads of Service) is due by Monday 14 December 2026. Within 5 working days they meet.";
        assertEquals(due, StageDueAnswer.secondSentence(due, null));
    }
}
