package uk.mashline.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.Reply;
import uk.mashline.dialogue.ReplyAction;
import uk.mashline.dialogue.SafetyReply;
import uk.mashline.dialogue.TimeLimitedClassifier;
import uk.mashline.knowledge.Partnerships;
import uk.mashline.dialogue.Route;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which counter a reply moves: safety replies are told apart by why they were given. */
class AnswerMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AnswerMeters meters = new AnswerMeters(registry, Partnerships.bundled());
    private final InboundMessage text = new InboundMessage(Channel.SMS, "sandwell", null, "key", "+447700900999",
            "help", "SM1", Instant.now());

    @Test
    void theSafetyReplyOfAFailedTurnCountsAsADatabaseFailureAndAsImmediateRisk() {
        meters.answered(text, reply(Route.IMMEDIATE_RISK, SafetyReply.RULE));
        assertEquals(1, count(AnswerMeters.SAFETY, "reason", "database"));
        assertEquals(0, count(AnswerMeters.SAFETY, "reason", "classifier"));
        assertEquals(1, count(AnswerMeters.IMMEDIATE_RISK, "channel", "sms"));
        assertEquals(1, count(AnswerMeters.MESSAGES, "route", "immediate_risk"));
    }

    @Test
    void aClassifierThatFailedCountsAsAClassifierFailure() {
        meters.answered(text, reply(Route.IMMEDIATE_RISK, TimeLimitedClassifier.UNAVAILABLE_RULE));
        assertEquals(1, count(AnswerMeters.SAFETY, "reason", "classifier"));
        assertEquals(0, count(AnswerMeters.SAFETY, "reason", "database"));
    }

    @Test
    void anOrdinaryAnswerMovesOnlyItsRoute() {
        meters.answered(text, reply(Route.EARLY_HELP, null));
        assertEquals(1, count(AnswerMeters.MESSAGES, "route", "early_help"));
        assertEquals(0, count(AnswerMeters.IMMEDIATE_RISK, "channel", "sms"));
        assertEquals(0, count(AnswerMeters.SAFETY, "channel", "sms"));
    }

    @Test
    void aRedeliveryIsCountedUnderItsOwnRoute() {
        meters.answered(text, Reply.redelivered("the stored reply"));
        assertEquals(1, count(AnswerMeters.MESSAGES, "route", AnswerMeters.REDELIVERED));
    }

    private double count(String name, String tag, String value) {
        return registry.find(name).tag(tag, value).tag("partnership", "sandwell").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private static Reply reply(Route route, String rule) {
        return new Reply(null, route, "intent", 1.0, rule, null, List.of("Call 999."), 1, List.of(),
                ReplyAction.CONTINUE, null, List.of());
    }
}
