package uk.mashline.dialogue;

import java.util.regex.Pattern;

/** How many words a message has: how short a reply is decides whether it answers a question or tells a new story. */
final class Words {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Words() {
    }

    /** The words of the text, split on spaces after stripping (an empty text counts one, as String.split gives). */
    static int in(String text) {
        return WHITESPACE.split(text.strip()).length;
    }
}
