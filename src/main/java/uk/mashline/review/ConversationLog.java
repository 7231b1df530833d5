package uk.mashline.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The interaction log as MASH staff review it: the risk-first queue, a conversation and its messages,
 * counts for the dashboard, review decisions and the retention purge. The console reaches
 * conversations only through this port; its implementation is the one writer of review state (the
 * conversation engine stores turns and never touches it). Times are instants (UTC).
 */
public interface ConversationLog {

    /**
     * A page of the queue, risk first: IMMEDIATE_RISK conversations not yet REVIEWED come before all
     * others, then the most recent activity.
     */
    ResultPage<ConversationRecord> queue(ConversationQuery query, int page, int size);

    /** The first {@code limit} conversations of the queue (the CSV export). */
    List<ConversationRecord> queue(ConversationQuery query, int limit);

    long count(ConversationQuery query);

    Optional<ConversationRecord> find(String id);

    /** Ids of earlier conversations (started before this one) from the same sender, newest first. */
    List<String> earlierConversationIds(ConversationRecord conversation, int limit);

    /** The conversation's messages in the order they were logged. */
    List<MessageRecord> messages(String conversationId);

    /**
     * Conversations started since then, counted per UTC day, highest route and channel; only those of the
     * {@code scope} partnerships (a reviewer's), or every partnership's when it is null.
     */
    List<ContactCount> contactsPerDay(Instant since, Set<String> scope);

    /**
     * For each conversation started since then and reviewed, the time from its start to its first review; only
     * the {@code scope} partnerships' conversations, or every partnership's when it is null.
     */
    List<Duration> timesToFirstReview(Instant since, Set<String> scope);

    /** Stores a review decision; false when there is no such conversation. */
    boolean record(String conversationId, Review review);

    /**
     * Logs a message a member of staff wrote to the person, named with its author; returns its id, or empty
     * when there is no such conversation.
     */
    Optional<Long> addStaffMessage(String conversationId, String author, String text, Instant at);

    /**
     * Marks the conversation as waiting for a member of staff since then, unless it is waiting already;
     * true when it was not waiting before.
     */
    boolean markWaiting(String conversationId, Instant since);

    /** A member of staff has answered: the conversation is no longer waiting. */
    void clearWaiting(String conversationId);

    /** The conversations the query matches that are waiting for staff, the longest waiting first. */
    List<ConversationRecord> waiting(ConversationQuery query, int limit);

    /** Deletes conversations (and their messages) inactive since before the cutoff, except those NEEDS_FOLLOW_UP. */
    int purgeInactiveBefore(Instant cutoff);
}
