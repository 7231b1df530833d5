package uk.mashline.dialogue;

import uk.mashline.language.Language;

import java.util.List;

/**
 * The line's answer to one inbound message, before a channel renders it.
 *
 * @param paragraphs     the advice in order; for immediate risk the first is always the 999 line
 * @param essential      how many leading paragraphs a short channel (SMS, voice) must keep
 * @param sources        labels of the documents the stated facts come from
 * @param transferNumber the number a voice call is put through to, when {@code action} is TRANSFER
 * @param language       the writer's language (ISO 639-3): the reply is in it when the line has a file for it
 * @param more           what did not fit the channel's budget ({@link ReplyBudget}), in order of need: on the
 *                       web shown behind "more", on SMS and voice kept for when the person asks for more
 */
public record Reply(
        String conversationId,
        Route route,
        String intent,
        double confidence,
        String rule,
        String modelVersion,
        List<String> paragraphs,
        int essential,
        List<String> sources,
        ReplyAction action,
        String transferNumber,
        List<String> more,
        Language language) {

    /** A reply to a writer in English. */
    public Reply(String conversationId, Route route, String intent, double confidence, String rule, String modelVersion,
                 List<String> paragraphs, int essential, List<String> sources, ReplyAction action,
                 String transferNumber, List<String> more) {
        this(conversationId, route, intent, confidence, rule, modelVersion, paragraphs, essential, sources, action,
                transferNumber, more, Language.ENGLISH);
    }

    public Reply {
        language = language == null ? Language.ENGLISH : language;
        paragraphs = List.copyOf(paragraphs);
        more = List.copyOf(more);
        sources = List.copyOf(sources);
        essential = Math.max(1, Math.min(essential, paragraphs.size()));
    }

    /** The reply already sent to a message that a channel delivered twice. */
    public static Reply redelivered(String text) {
        return new Reply(null, null, null, 0, null, null, List.of(text.split("\n\n")), Integer.MAX_VALUE, List.of(),
                ReplyAction.CONTINUE, null, List.of());
    }

    public boolean hasMore() {
        return !more.isEmpty();
    }

    /** The whole reply, the part that did not fit included (the web chat shows it behind "more"). */
    public String textWithMore() {
        return more.isEmpty() ? text() : text() + "\n\n" + String.join("\n\n", more);
    }

    public String text() {
        return String.join("\n\n", paragraphs);
    }

    public Reply withConversationId(String id) {
        return new Reply(id, route, intent, confidence, rule, modelVersion, paragraphs, essential, sources, action,
                transferNumber, more, language);
    }

    public Reply withLanguage(Language value) {
        return new Reply(conversationId, route, intent, confidence, rule, modelVersion, paragraphs, essential, sources,
                action, transferNumber, more, value);
    }
}
