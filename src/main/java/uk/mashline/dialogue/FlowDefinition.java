package uk.mashline.dialogue;


import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One flow declared in {@code dialogue/flows.yml}: the slots it needs, in the order it asks for them,
 * the route whose advisor answers once they are known, and what may interrupt it.
 */
public record FlowDefinition(String name, Route route, List<SlotQuestion> slots, Set<Route> interruptedBy) {

    public FlowDefinition {
        slots = List.copyOf(slots);
        interruptedBy = Set.copyOf(interruptedBy);
    }

    public Optional<SlotQuestion> slot(String slotName) {
        return slots.stream().filter(s -> s.slot().equals(slotName)).findFirst();
    }
}
