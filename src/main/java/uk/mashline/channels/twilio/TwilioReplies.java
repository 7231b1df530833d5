package uk.mashline.channels.twilio;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.dialogue.AnswerEveryMessage;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.Reply;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the Twilio channels share: finding the partnership by the number called (once per request),
 * and answering through the one answering pipeline, which gives the safety reply when anything
 * behind it fails. Twilio must always get TwiML back: silence is the one answer a caller must never get.
 */
@Singleton
class TwilioReplies {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioReplies.class);

    private final PartnershipDirectory partnerships;
    private final AnswerEveryMessage answers;

    TwilioReplies(PartnershipDirectory partnerships, AnswerEveryMessage answers) {
        this.partnerships = partnerships;
        this.answers = answers;
    }

    Optional<Partnership> partnershipCalled(String to) {
        return to == null ? Optional.empty() : partnerships.findByInboundNumber(to.strip());
    }

    /** The answer without holding a thread while it is worked out; it never fails. */
    CompletableFuture<Reply> answer(Optional<Partnership> partnership, InboundMessage message) {
        if (partnership.isEmpty()) {
            LOG.warn("{} to a number no partnership owns: generic safety reply", message.channel());
            return CompletableFuture.completedFuture(answers.safetyReply(partnership, message.channel()));
        }
        return answers.answer(partnership.get(), message);
    }

    /** The 999 line and the numbers to call now, not yet cut to the channel's budget. */
    List<String> safetyEssentials(Partnership partnership, Channel channel) {
        return answers.safetyEssentials(partnership, channel);
    }

    /**
     * The fallback's answer to a text whose words it has: the safety line in the writer's language, 999 first,
     * with no database or classifier. A call's fallback stays in English (en-GB speech).
     */
    Reply safetyReply(Optional<Partnership> partnership, Channel channel, String text) {
        return partnership.filter(p -> text != null && !text.isBlank())
                .map(p -> answers.safetyReply(p, new InboundMessage(channel, p.id(), null, null, null, text, null,
                        java.time.Instant.now())))
                .orElseGet(() -> safetyReply(partnership, channel));
    }

    Reply safetyReply(Optional<Partnership> partnership, Channel channel) {
        return answers.safetyReply(partnership, channel);
    }
}
