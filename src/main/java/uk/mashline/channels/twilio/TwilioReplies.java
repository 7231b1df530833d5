package uk.mashline.channels.twilio;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.AnswerEveryMessage;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.LanguageGate;
import uk.mashline.dialogue.Reply;
import uk.mashline.dialogue.SafetyReply;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.language.Language;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the Twilio channels share: finding the partnership by the number called, and answering
 * through the conversation engine, or with the safety reply when anything behind it fails.
 * Twilio must always get TwiML back: silence is the one answer a caller must never get.
 */
@Singleton
class TwilioReplies {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioReplies.class);

    private final PartnershipDirectory partnerships;
    private final AnswerEveryMessage answers;
    private final SafetyReply safety;
    private final Clock clock;
    private final LanguageGate languages;

    TwilioReplies(PartnershipDirectory partnerships, AnswerEveryMessage answers, SafetyReply safety, Clock clock,
                  LanguageGate languages) {
        this.languages = languages;
        this.partnerships = partnerships;
        this.answers = answers;
        this.safety = safety;
        this.clock = clock;
    }

    Optional<Partnership> partnershipCalled(String to) {
        return to == null ? Optional.empty() : partnerships.findByInboundNumber(to.strip());
    }

    Reply answer(Optional<Partnership> partnership, InboundMessage message) {
        return answerLater(partnership, message).join();
    }

    /** The answer without holding a thread while it is worked out; it never fails. */
    CompletableFuture<Reply> answerLater(Optional<Partnership> partnership, InboundMessage message) {
        if (partnership.isEmpty()) {
            LOG.warn("{} to a number no partnership owns: generic safety reply", message.channel());
            return CompletableFuture.completedFuture(safety.generic(message.channel()));
        }
        try {
            return answers.answerLater(message).exceptionally(e -> failed(partnership, message, e));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failed(partnership, message, e));
        }
    }

    private Reply failed(Optional<Partnership> partnership, InboundMessage message, Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        LOG.error("{} message for {} answered with the safety reply: {}", message.channel(),
                partnership.get().id(), cause.toString());
        return safetyReply(partnership, message.channel());
    }

    /** The 999 line and the numbers to call now, not yet cut to the channel's budget. */
    List<String> safetyEssentials(Partnership partnership, Channel channel) {
        return safety.essentialParagraphs(partnership, ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.UK),
                channel);
    }

    /**
     * The fallback's answer to a message whose words it has (a text's body): the safety line in the writer's
     * language, 999 first, with no database or classifier. A call's fallback stays in English (en-GB speech).
     */
    Reply safetyReply(Optional<Partnership> partnership, Channel channel, String text) {
        if (partnership.isEmpty() || text == null || text.isBlank()) {
            return safetyReply(partnership, channel);
        }
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.UK);
        Language language = languages.languageOf(new InboundMessage(channel, partnership.get().id(), null, null, null,
                text, null, now.toInstant()));
        return language.isEnglish() ? safetyReply(partnership, channel)
                : languages.safetyReply(partnership.get(), now, channel, language);
    }

    Reply safetyReply(Optional<Partnership> partnership, Channel channel) {
        return partnership.map(p -> safety.forPartnership(p, ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.UK),
                channel)).orElseGet(() -> safety.generic(channel));
    }
}
