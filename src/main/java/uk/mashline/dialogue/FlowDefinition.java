package uk.mashline.dialogue;


import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One flow declared in {@code dialogue/flows.yml}: the slots it needs, in the order it asks for them,
 * the route whose advisor answers once they are known, and what may interrupt it.
 *
 * @param restartedBy after the flow has answered, a message on its route matching this (lower-cased) is a new
 *                    case ("another child", "a different decision"): the last case's facts are not reused.
 *                    Null: only a message stating one of the flow's facts again starts a new case.
 * @param correctedBy a message matching this (lower-cased) corrects the last case ("sorry i meant stage 2", "no it
 *                    was the 25th"): the facts it states replace the case's, the others are kept. Null: none.
 * @param notKnownBy  a reply matching this (lower-cased) says the caller does not know what was asked ("dunno
 *                    when", "idk"): the question is not asked again and the flow answers without it. Null: none.
 */
public record FlowDefinition(String name, Route route, List<SlotQuestion> slots, Set<Route> interruptedBy,
                             java.util.regex.Pattern restartedBy, java.util.regex.Pattern correctedBy,
                             java.util.regex.Pattern notKnownBy) {

    public FlowDefinition {
        slots = List.copyOf(slots);
        interruptedBy = Set.copyOf(interruptedBy);
    }

    public FlowDefinition(String name, Route route, List<SlotQuestion> slots, Set<Route> interruptedBy) {
        this(name, route, slots, interruptedBy, null, null, null);
    }

    /** Whether the reply says the caller does not know the answer to the flow's question ("dunno when"). */
    public boolean notKnown(String text) {
        return notKnownBy != null && notKnownBy.matcher(PatternFile.cueText(text)
                .strip()).find();
    }

    /** Whether the message corrects a fact the caller gave ("sorry i meant stage 2"), rather than starting anew. */
    public boolean corrects(String text) {
        return correctedBy != null && correctedBy.matcher(text.toLowerCase(java.util.Locale.UK)).find();
    }

    /** The facts of one case, which a new case must not reuse: every slot but the caller's role. */
    public List<String> caseSlots() {
        return slots.stream().map(SlotQuestion::slot).filter(s -> !s.equals(uk.mashline.nlu.Slots.ROLE)).toList();
    }

    public Optional<SlotQuestion> slot(String slotName) {
        return slots.stream().filter(s -> s.slot().equals(slotName)).findFirst();
    }
}
