package uk.mashline.dialogue;

/**
 * What a caller has told the guided escalation so far.
 *
 * @param decision                 the decision they disagree with, in their words (kept in the database only)
 * @param initialDiscussionHeld    whether they have already talked it through with the decision maker
 * @param stage                    the stage they have reached (0 = only the initial discussion)
 */
public record EscalationAnswers(String decision, Boolean initialDiscussionHeld, Integer stage) {

    public static final EscalationAnswers NONE = new EscalationAnswers(null, null, null);

    public EscalationAnswers withDecision(String value) {
        return new EscalationAnswers(value, initialDiscussionHeld, stage);
    }

    public EscalationAnswers withInitialDiscussionHeld(boolean value) {
        return new EscalationAnswers(decision, value, stage);
    }

    public EscalationAnswers withStage(int value) {
        return new EscalationAnswers(decision, initialDiscussionHeld, value);
    }
}
