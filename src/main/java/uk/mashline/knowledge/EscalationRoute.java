package uk.mashline.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A disagreement a policy sends along a route of its own instead of its numbered stages: dissent at a child
 * protection conference goes to the Conference Chair first, whose decision is final, not to a stage 1 discussion
 * between frontline professionals. Known by the decision disagreed with ({@code decision} slot: conference,
 * cp_plan...) and, where one decision has more than one route, by words in the caller's message
 * ({@code mentions}: "no icpc" is dissent about the need for a conference, not at one) or by who is asking
 * ({@code professions}: the police and social care route of a joint response is theirs, not a nursery's). {@code next}
 * is the route's steps after its first, in the document's order, for "whats next" once the route was given (null where
 * the data gives none): the route's whole paragraph again answered nothing. {@code start} is where the route begins, in
 * the document's words, for a caller who has not raised it with anyone yet (null where the data gives none): the
 * route's whole paragraph again gave no first step (esc helper's unseen set, 20th session).
 */
public record EscalationRoute(String decision, List<String> mentions, List<String> professions, SourcedText text,
                             String next, String start) {

    public EscalationRoute(String decision, List<String> mentions, List<String> professions, SourcedText text) {
        this(decision, mentions, professions, text, null, null);
    }

    public EscalationRoute(String decision, List<String> mentions, List<String> professions, SourcedText text,
                           String next) {
        this(decision, mentions, professions, text, next, null);
    }

    public EscalationRoute {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(text, "text");
        mentions = (mentions == null ? List.<String>of() : mentions).stream().map(m -> m.toLowerCase(Locale.UK)).toList();
        professions = List.copyOf(professions == null ? List.of() : professions);
    }

    /**
     * Whether this is the route for {@code decision} told in {@code message} by a caller of {@code profession} (null
     * when not known): with neither words nor professions it always is; otherwise one of its words in the message, or
     * the caller's profession among its own.
     */
    public boolean appliesTo(String decision, String message, String profession) {
        if (!this.decision.equals(decision)) {
            return false;
        }
        if (mentions.isEmpty() && professions.isEmpty()) {
            return true;
        }
        String lower = message == null ? "" : message.toLowerCase(Locale.UK).replace('\u2019', '\'');
        // an immutable list throws on contains(null): a caller whose job is not known yet (flows 8 probe, S03: "disagree
        // with the decision made at the child protection conference" got the safety reply)
        return mentions.stream().anyMatch(lower::contains) || profession != null && professions.contains(profession);
    }
}
