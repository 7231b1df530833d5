package uk.mashline.dialogue;

import uk.mashline.nlu.Classification;
import uk.mashline.nlu.IntentClassifier;

import java.time.Instant;
import java.util.List;

/**
 * Stores a journalled turn late: a message answered with the safety reply, because the database was away or every
 * turn's thread was busy, and so never read by the conversation engine. It is read now (the classifier's route and
 * its risk rules, a danger cue in the writer's language), so the conversation reaches the route its words show and a
 * message at immediate risk alerts the duty phones as it would have on time. Once: a turn already stored (a replay
 * cut short and run again, or the live turn stored after its deadline) is recognised by its message id and alerts
 * nothing.
 */
public final class LateTurns {

    /** The rule of a journalled message stored late; tools count the journalled turns by it. */
    public static final String RULE = "database-unavailable";

    private final TurnRecorder turns;
    private final IntentClassifier classifier;
    private final LanguageGate languages;
    private final StaffAttention attention;

    /**
     * @param classifier reads the message (not time-limited: the replay has no one waiting for it)
     * @param attention  told when a replayed message first takes its conversation to immediate risk
     */
    public LateTurns(TurnRecorder turns, IntentClassifier classifier, LanguageGate languages, StaffAttention attention) {
        this.turns = turns;
        this.classifier = classifier;
        this.languages = languages;
        this.attention = attention;
    }

    /** Reads nothing and alerts no one: every message is taken as immediate risk (tools and tests of the journal). */
    public static LateTurns unread(TurnRecorder turns) {
        return new LateTurns(turns, null, LanguageGate.englishOnly(), StaffAttention.NONE);
    }

    /**
     * Stores the message with the safety reply it was given.
     *
     * @return true when stored now, false when it was already stored
     * @throws UnknownConversationException when it names a conversation the database does not know
     */
    public boolean store(InboundMessage message, String reply, List<String> sources) {
        Instant at = message.receivedAt();
        Route read = routeOf(message);
        LoggedMessage in = new LoggedMessage(LoggedMessage.Direction.IN, message.text(), read, null, null, RULE, null,
                List.of(), message.externalId(), at);
        LoggedMessage out = new LoggedMessage(LoggedMessage.Direction.OUT, reply, Route.IMMEDIATE_RISK,
                SafetyReply.RULE, null, null, null, sources, message.externalId(), at);
        Stored stored = turns.record(message, at, state -> new TurnRecorder.Worked<>(state.safetyReplied(read), in, out,
                        new Stored(true, read == Route.IMMEDIATE_RISK && state.highestRoute() != Route.IMMEDIATE_RISK,
                                state.id())),
                already -> new Stored(false, false, already.conversationId()));
        if (stored.firstAtRisk()) {
            alert(message, stored.conversationId(), at);
        }
        return stored.now();
    }

    /** Whether the turn was stored now, whether it first took its conversation to immediate risk, and which one. */
    private record Stored(boolean now, boolean firstAtRisk, String conversationId) {
    }

    // As the live turn reads it: the classifier and its risk rules, then the writer's language's danger cues. A message
    // that cannot be read is taken as danger, as the classifier's time limit takes it: a duty worker looks.
    private Route routeOf(InboundMessage message) {
        if (classifier == null) {
            return Route.IMMEDIATE_RISK;
        }
        try {
            Classification c = classifier.classify(message.text());
            return languages.routeOf(message.text(), languages.languageOf(message), c).orElse(c.route());
        } catch (RuntimeException e) {
            return Route.IMMEDIATE_RISK;
        }
    }

    private void alert(InboundMessage message, String conversationId, Instant at) {
        try {
            attention.needed(new StaffAttention.Attention(StaffAttention.Reason.IMMEDIATE_RISK, conversationId,
                    message.partnershipId(), message.channel(), at));
        } catch (RuntimeException e) {
            // the turn is stored; the alert's own failure is logged where it happened
        }
    }
}
