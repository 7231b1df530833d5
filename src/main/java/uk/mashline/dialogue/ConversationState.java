package uk.mashline.dialogue;

import uk.mashline.nlu.Route;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything the line remembers between turns. It lives in the database, so any instance
 * can take the next turn; {@code version} guards against two instances taking the same turn.
 *
 * @param misses how many messages in a row were not understood (two → offer a person)
 */
public record ConversationState(
        String id,
        String partnershipId,
        Channel channel,
        String channelKey,
        String sender,
        CallerRole role,
        FlowStep step,
        EscalationAnswers escalation,
        int misses,
        Route highestRoute,
        Instant startedAt,
        long version) {

    public static ConversationState start(InboundMessage message) {
        return new ConversationState(UUID.randomUUID().toString(), message.partnershipId(), message.channel(),
                message.channelKey(), message.sender(), CallerRole.UNKNOWN, FlowStep.NONE, EscalationAnswers.NONE, 0,
                null, message.receivedAt(), -1);
    }

    public boolean isNew() {
        return version < 0;
    }

    public ConversationState withRole(CallerRole value) {
        return new ConversationState(id, partnershipId, channel, channelKey, sender, value, step, escalation, misses,
                highestRoute, startedAt, version);
    }

    public ConversationState withStep(FlowStep value, EscalationAnswers answers) {
        return new ConversationState(id, partnershipId, channel, channelKey, sender, role, value, answers, misses,
                highestRoute, startedAt, version);
    }

    /** No flow in progress and nothing misunderstood: the state after a complete answer. */
    public ConversationState settled() {
        return withStep(FlowStep.NONE, EscalationAnswers.NONE).withMisses(0);
    }

    public ConversationState withMisses(int value) {
        return new ConversationState(id, partnershipId, channel, channelKey, sender, role, step, escalation, value,
                highestRoute, startedAt, version);
    }

    public ConversationState reached(Route route) {
        Route highest = route.outranks(highestRoute) ? route : highestRoute;
        return new ConversationState(id, partnershipId, channel, channelKey, sender, role, step, escalation, misses,
                highest, startedAt, version);
    }
}
