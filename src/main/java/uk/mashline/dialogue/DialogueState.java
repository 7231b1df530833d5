package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

/**
 * Where the dialogue stands between turns, kept in the database so any instance takes the next one.
 *
 * @param flow     the flow in progress (a name in {@code dialogue/flows.yml}), {@link #CLARIFY} after a
 *                 clarifying menu, or null when nothing is in progress
 * @param awaiting the slot the last question asked for, or null
 * @param slots    every fact the caller has stated so far (never message text): later words correct earlier ones
 * @param last     the route of the last reply, so that "link?", "ok" or "what else" keep their context
 */
public record DialogueState(String flow, String awaiting, Slots slots, Route last) {

    /** The flow name of a clarifying menu waiting for a choice. */
    public static final String CLARIFY = "clarify";

    public static final DialogueState NONE = new DialogueState(null, null, Slots.NONE, null);

    public DialogueState {
        slots = slots == null ? Slots.NONE : slots;
    }

    public boolean inFlow() {
        return flow != null && !CLARIFY.equals(flow);
    }

    public boolean clarifying() {
        return CLARIFY.equals(flow);
    }

    public DialogueState asking(String flowName, String slot, Slots known) {
        return new DialogueState(flowName, slot, known, last);
    }

    /** Nothing in progress; the facts stay, so a later question is answered in their light. */
    public DialogueState settled() {
        return new DialogueState(null, null, slots, last);
    }

    public DialogueState withSlots(Slots known) {
        return new DialogueState(flow, awaiting, known, last);
    }

    public DialogueState withLast(Route route) {
        return new DialogueState(flow, awaiting, slots, route);
    }
}
