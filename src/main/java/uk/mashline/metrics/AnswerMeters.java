package uk.mashline.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import uk.mashline.dialogue.AnswerListener;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.Reply;
import uk.mashline.dialogue.SafetyReply;
import uk.mashline.dialogue.TimeLimitedClassifier;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.dialogue.Route;

import java.util.Locale;

/**
 * Counts every answer by route, channel and partnership, the answers that began with the 999 line, and
 * the safety replies given because the classifier or the turn behind it (the database) failed. Every
 * series exists at zero from start-up, so a dashboard's rate sees the first message too.
 */
// made at start-up, so every series is scraped at zero before the first message
@Context
class AnswerMeters implements AnswerListener {

    static final String MESSAGES = "mash.messages";
    static final String IMMEDIATE_RISK = "mash.immediate.risk.replies";
    static final String SAFETY = "mash.safety.replies";
    /** The reason label of a safety reply given because the classifier failed or ran out of time. */
    static final String CLASSIFIER = "classifier";
    /** ... because the turn failed or ran out of time: the database stopped, hanging or refusing. */
    static final String DATABASE = "database";
    /** The route label of a redelivered message, answered again with the reply already stored. */
    static final String REDELIVERED = "redelivered";

    private final MeterRegistry registry;

    AnswerMeters(MeterRegistry registry, PartnershipDirectory partnerships) {
        this.registry = registry;
        for (Partnership partnership : partnerships.all()) {
            for (Channel channel : Channel.values()) {
                for (Route route : Route.values()) {
                    messages(label(route), channel, partnership.id());
                }
                immediateRisk(channel, partnership.id());
                safety(CLASSIFIER, channel, partnership.id());
                safety(DATABASE, channel, partnership.id());
            }
        }
    }

    @Override
    public void answered(InboundMessage message, Reply reply) {
        String partnership = message.partnershipId();
        Channel channel = message.channel();
        messages(reply.route() == null ? REDELIVERED : label(reply.route()), channel, partnership).increment();
        if (reply.route() == Route.IMMEDIATE_RISK) {
            immediateRisk(channel, partnership).increment();
        }
        if (SafetyReply.RULE.equals(reply.rule())) {
            safety(DATABASE, channel, partnership).increment();
        } else if (TimeLimitedClassifier.UNAVAILABLE_RULE.equals(reply.rule())) {
            safety(CLASSIFIER, channel, partnership).increment();
        }
    }

    private Counter messages(String route, Channel channel, String partnership) {
        return Counter.builder(MESSAGES).description("Messages answered, by route, channel and partnership")
                .tag("route", route).tag("channel", label(channel)).tag("partnership", partnership)
                .register(registry);
    }

    private Counter immediateRisk(Channel channel, String partnership) {
        return Counter.builder(IMMEDIATE_RISK).description("Answers that began with the 999 line (immediate risk)")
                .tag("channel", label(channel)).tag("partnership", partnership).register(registry);
    }

    private Counter safety(String reason, Channel channel, String partnership) {
        return Counter.builder(SAFETY)
                .description("Safety replies (999 first, then who to call) given because the classifier or the database failed")
                .tag("reason", reason).tag("channel", label(channel)).tag("partnership", partnership)
                .register(registry);
    }

    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
