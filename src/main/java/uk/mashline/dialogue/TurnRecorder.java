package uk.mashline.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Which conversation a message continues, and storing one turn of it. One rule for the live use case
 * and for the journal's replay, so a turn stored late joins the same conversation it would have
 * joined on time.
 */
public final class TurnRecorder {

    /** Turns of one conversation taken at once on two instances are rare; five reads settle them. */
    private static final int ATTEMPTS = 5;

    private final ConversationStore store;
    private final Duration conversationIdle;

    /**
     * @param conversationIdle how long an SMS or call conversation stays open for the next message
     *                         from the same sender before a new one starts
     */
    public TurnRecorder(ConversationStore store, Duration conversationIdle) {
        this.store = store;
        this.conversationIdle = conversationIdle;
    }

    /** A turn worked out on a conversation's state: the state after it, what came in, what went out. */
    public record Worked<T>(ConversationState state, LoggedMessage in, LoggedMessage out, T result) {
    }

    /**
     * The conversation a message continues: the one it names, else the sender's open one on the same
     * partnership, else a new one started at {@code now}.
     *
     * @throws UnknownConversationException when it names a conversation that does not exist on its
     *                                      partnership and channel
     */
    public ConversationState conversationOf(InboundMessage message, Instant now) {
        if (message.conversationId() != null) {
            return store.find(message.conversationId())
                    .filter(s -> s.partnershipId().equals(message.partnershipId()) && s.channel() == message.channel())
                    .orElseThrow(() -> new UnknownConversationException(message.conversationId()));
        }
        if (message.channelKey() != null) {
            var open = store.findOpen(message.channelKey(), now.minus(conversationIdle))
                    .filter(s -> s.partnershipId().equals(message.partnershipId()));
            if (open.isPresent()) {
                return open.get();
            }
        }
        return ConversationState.start(new InboundMessage(message.channel(), message.partnershipId(), null,
                message.channelKey(), message.sender(), message.text(), message.externalId(), now));
    }

    /**
     * Works the turn out on the conversation's latest state and stores it as one unit. When another
     * instance stored a turn of the same conversation meanwhile, the state is read again and the
     * turn worked out again on it.
     *
     * @param work            the turn on a given state
     * @param whenRedelivered the result for a message whose id is already stored (a redelivery),
     *                        given the result just worked out
     * @throws ConcurrentTurnException when the conversation kept changing
     */
    public <T> T record(InboundMessage message, Instant now, Function<ConversationState, Worked<T>> work,
                        UnaryOperator<T> whenRedelivered) {
        for (int attempt = 1; ; attempt++) {
            Worked<T> turn = work.apply(conversationOf(message, now));
            try {
                store.recordTurn(turn.state(), turn.in(), turn.out());
                return turn.result();
            } catch (ConcurrentTurnException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            } catch (DuplicateDeliveryException e) {
                // a redelivery (Twilio sends an SMS again when it got no answer in time) is recognised by the
                // store's unique message id, not by a look-up before every turn: redeliveries are rare
                return whenRedelivered.apply(turn.result());
            }
        }
    }
}
