package uk.mashline.dialogue;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: where conversations and the interaction log live. Every turn is stored as one unit
 * (the state, the message in, the reply out), so any instance can take the next turn.
 */
public interface ConversationStore {

    Optional<ConversationState> find(String conversationId);

    /** The latest conversation for a channel key (an SMS sender, a call) with a message since {@code since}. */
    Optional<ConversationState> findOpen(String channelKey, Instant since);

    /** The reply already sent to a message the channel redelivered, if that message was stored. */
    Optional<String> replyTo(Channel channel, String externalId);

    /**
     * Stores a turn atomically.
     *
     * @throws ConcurrentTurnException   another instance changed the conversation since it was read
     * @throws DuplicateDeliveryException the inbound message's external id is already stored
     */
    void recordTurn(ConversationState state, LoggedMessage in, LoggedMessage out);
}
