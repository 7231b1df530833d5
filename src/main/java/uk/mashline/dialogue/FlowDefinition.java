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
 */
public record FlowDefinition(String name, Route route, List<SlotQuestion> slots, Set<Route> interruptedBy,
                             java.util.regex.Pattern restartedBy) {

    public FlowDefinition {
        slots = List.copyOf(slots);
        interruptedBy = Set.copyOf(interruptedBy);
    }

    public FlowDefinition(String name, Route route, List<SlotQuestion> slots, Set<Route> interruptedBy) {
        this(name, route, slots, interruptedBy, null);
    }

    /** The facts of one case, which a new case must not reuse: every slot but the caller's role. */
    public List<String> caseSlots() {
        return slots.stream().map(SlotQuestion::slot).filter(s -> !s.equals(uk.mashline.nlu.Slots.ROLE)).toList();
    }

    public Optional<SlotQuestion> slot(String slotName) {
        return slots.stream().filter(s -> s.slot().equals(slotName)).findFirst();
    }
}
