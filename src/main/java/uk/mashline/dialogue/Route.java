package uk.mashline.dialogue;

/**
 * Where a message is sent: every inbound message resolves to exactly one route.
 * Declared in order of urgency, so a conversation's highest route is the one with
 * the lowest ordinal and review queues can sort on it.
 */
public enum Route {
    /** Danger now: the reply starts with the 999 line. */
    IMMEDIATE_RISK,
    /** Worried about a child, no sign of danger right now; wants to tell someone or refer. */
    REPORT_CONCERN,
    /** A practitioner wants advice on thresholds, level of need or whether to refer. */
    CONSULTATION,
    /** Disagreement with a decision, or a question about the escalation stages. */
    ESCALATION,
    /** Family support below the statutory threshold. */
    EARLY_HELP,
    /** When consent is needed and when information may be shared without it. */
    CONSENT_INFO_SHARING,
    /** Unhappy with how the service or a person behaved: not the same as disagreeing with a decision. */
    COMPLAINT,
    /** Wants a person. */
    HUMAN_HANDOFF,
    GREETING,
    GOODBYE,
    /** Anything the line cannot help with; the reply still gives the 999 line and the MASH number. */
    OUT_OF_SCOPE;

    /** True when this route is more urgent than {@code other} (or {@code other} is null). */
    public boolean outranks(Route other) {
        return other == null || ordinal() < other.ordinal();
    }
}
