package uk.mashline.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A disagreement a policy sends along a route of its own instead of its numbered stages: dissent at a child
 * protection conference goes to the Conference Chair first, whose decision is final, not to a stage 1 discussion
 * between frontline professionals. Known by the decision disagreed with ({@code decision} slot: conference,
 * cp_plan...) and, where one decision has more than one route, by words in the caller's message
 * ({@code mentions}: "no icpc" is dissent about the need for a conference, not at one).
 */
public record EscalationRoute(String decision, List<String> mentions, SourcedText text) {

    public EscalationRoute {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(text, "text");
        mentions = (mentions == null ? List.<String>of() : mentions).stream().map(m -> m.toLowerCase(Locale.UK)).toList();
    }

    /** Whether this is the route for {@code decision} told in {@code message} (mentions need one of their words). */
    public boolean appliesTo(String decision, String message) {
        if (!this.decision.equals(decision)) {
            return false;
        }
        String lower = message == null ? "" : message.toLowerCase(Locale.UK).replace('\u2019', '\'');
        return mentions.isEmpty() || mentions.stream().anyMatch(lower::contains);
    }
}
