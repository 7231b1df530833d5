package uk.mashline.dialogue;

import java.util.regex.Pattern;

/**
 * How many words a message has (how short a reply is decides whether it answers a question or tells a new story), and its
 * sentences.
 */
final class Words {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A sentence's end, where the next one starts: ".", "!" or "?" then white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private Words() {
    }

    /** The words of the text, split on spaces after stripping (an empty text counts one, as String.split gives). */
    static int in(String text) {
        return WHITESPACE.split(text.strip()).length;
    }

    /** The sentences of the text, split where one ends and white space follows, after stripping (an empty text gives one). */
    static String[] sentences(String text) {
        return SENTENCE_END.split(text.strip());
    }
}
