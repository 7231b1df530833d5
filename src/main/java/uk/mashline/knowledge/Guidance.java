package uk.mashline.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Something a document tells callers that answers a question they ask - what a referral must
 * contain, what happens after it, that family members must not interpret - with the topics it
 * belongs to, who it is for, and optionally the words that make it relevant (shown only when the
 * message mentions one, e.g. "radicalis" for Prevent's first step) or the facts the conversation
 * has gathered that do (decision=cp_plan: a child on a protection plan, whose IRO must be told).
 */
public record Guidance(Set<GuidanceTopic> topics, Audience audience, List<String> mentions, Map<String, String> whenKnown,
                       SourcedText text) {

    /** Who the document addresses. */
    public enum Audience { EVERYONE, PROFESSIONALS, PUBLIC }

    public Guidance {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(text, "text");
        if (topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("guidance needs at least one topic");
        }
        topics = Set.copyOf(topics);
        mentions = (mentions == null ? List.<String>of() : mentions).stream()
                .map(m -> m.toLowerCase(Locale.UK)).toList();
        whenKnown = whenKnown == null ? Map.of() : Map.copyOf(whenKnown);
    }

    public Guidance(Set<GuidanceTopic> topics, Audience audience, List<String> mentions, SourcedText text) {
        this(topics, audience, mentions, Map.of(), text);
    }

    /**
     * Whether to show this on {@code topic} to a caller who wrote {@code message}; {@code professional}
     * is null when the caller has not said who they are (then guidance for either audience applies).
     */
    public boolean appliesTo(GuidanceTopic topic, Boolean professional, String message) {
        return appliesTo(topic, professional, message, Map.of());
    }

    /**
     * As above, where {@code known} holds the facts the conversation has gathered so far (slot name to
     * value, e.g. decision=cp_plan): an entry with words or facts to match is shown when the message
     * mentions one of its words or the conversation knows one of its facts.
     */
    public boolean appliesTo(GuidanceTopic topic, Boolean professional, String message, Map<String, String> known) {
        if (!topics.contains(topic)) {
            return false;
        }
        if (audience == Audience.PROFESSIONALS && Boolean.FALSE.equals(professional)
                || audience == Audience.PUBLIC && Boolean.TRUE.equals(professional)) {
            return false;
        }
        if (mentions.isEmpty() && whenKnown.isEmpty()) {
            return true;
        }
        // padded, so that a mention with a space at its edge (" iro ") is a whole word at the message's start or end too
        String lower = message == null ? "" : " " + message.toLowerCase(Locale.UK) + " ";
        return mentions.stream().anyMatch(lower::contains)
                || whenKnown.entrySet().stream().anyMatch(f -> f.getValue().equals(known.get(f.getKey())));
    }
}
