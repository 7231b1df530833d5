package uk.mashline.review;

import uk.mashline.dialogue.Route;

import java.time.Instant;
import java.util.Set;

/**
 * Which conversations a reviewer asks for; a null field does not filter. {@code from} and
 * {@code toExclusive} bound the last activity (the last message). A new filter is a new component
 * here and one condition where the store turns a query into SQL. {@code language} is the writer's
 * first language (ISO 639-3), for finding the conversations that need an interpreter. {@code scope}: the
 * partnerships this reviewer may see (a reviewer scoped by an administrator); null means every one.
 */
public record ConversationQuery(String partnership, String channel, Route route, ReviewStatus reviewStatus,
                                Instant from, Instant toExclusive, String language, Set<String> scope) {

    public static final ConversationQuery ALL = new ConversationQuery(null, null, null, null, null, null, null, null);

    public ConversationQuery(String partnership, String channel, Route route, ReviewStatus reviewStatus,
                             Instant from, Instant toExclusive, String language) {
        this(partnership, channel, route, reviewStatus, from, toExclusive, language, null);
    }

    public ConversationQuery withReviewStatus(ReviewStatus status) {
        return new ConversationQuery(partnership, channel, route, status, from, toExclusive, language, scope);
    }

    /** Only these partnerships' conversations (null: no limit). */
    public ConversationQuery withScope(Set<String> partnerships) {
        return new ConversationQuery(partnership, channel, route, reviewStatus, from, toExclusive, language,
                partnerships == null ? null : Set.copyOf(partnerships));
    }
}
