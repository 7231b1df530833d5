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

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
    /**
     * Each partnership's counters, made once: building a counter's id and finding it in the registry for every
     * answer (three tags, a hash and a map look-up each) was most of the metrics' 0.06 ms a message.
     */
    private final Map<String, ChannelCounters[]> counters = new HashMap<>();

    /** One partnership's counters on one channel; {@code messages} by route's ordinal, the last the redelivered. */
    private record ChannelCounters(Counter[] messages, Counter immediateRisk, Counter classifier, Counter database) {
    }

    AnswerMeters(MeterRegistry registry, PartnershipDirectory partnerships) {
        this.registry = registry;
        for (Partnership partnership : partnerships.all()) {
            ChannelCounters[] byChannel = new ChannelCounters[Channel.values().length];
            for (Channel channel : Channel.values()) {
                byChannel[channel.ordinal()] = countersOf(channel, partnership.id());
            }
            counters.put(partnership.id(), byChannel);
        }
    }

    private ChannelCounters countersOf(Channel channel, String partnership) {
        Counter[] messages = new Counter[Route.values().length + 1];
        for (Route route : Route.values()) {
            messages[route.ordinal()] = messages(label(route), channel, partnership);
        }
        messages[Route.values().length] = messages(REDELIVERED, channel, partnership);
        return new ChannelCounters(messages, immediateRisk(channel, partnership), safety(CLASSIFIER, channel, partnership),
                safety(DATABASE, channel, partnership));
    }

    @Override
    public void answered(InboundMessage message, Reply reply) {
        Channel channel = message.channel();
        ChannelCounters[] byChannel = counters.get(message.partnershipId());
        // a partnership the directory did not list at start-up: found in the registry, as before
        ChannelCounters c = byChannel != null ? byChannel[channel.ordinal()] : countersOf(channel, message.partnershipId());
        c.messages()[reply.route() == null ? Route.values().length : reply.route().ordinal()].increment();
        if (reply.route() == Route.IMMEDIATE_RISK) {
            c.immediateRisk().increment();
        }
        if (SafetyReply.RULE.equals(reply.rule())) {
            c.database().increment();
        } else if (TimeLimitedClassifier.UNAVAILABLE_RULE.equals(reply.rule())) {
            c.classifier().increment();
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
