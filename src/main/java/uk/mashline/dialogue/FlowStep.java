package uk.mashline.dialogue;

/** Where a multi-turn exchange stands: which answer the line is waiting for. */
public enum FlowStep {
    NONE,
    /** A clarifying question with numbered choices was asked. */
    CLARIFY,
    ESCALATION_ROLE,
    ESCALATION_DECISION,
    ESCALATION_INITIAL_DISCUSSION,
    ESCALATION_STAGE,
    ESCALATION_RAISED_ON;

    public boolean isEscalation() {
        return name().startsWith("ESCALATION_");
    }
}
