package uk.mashline.dialogue;

import java.util.Optional;

/**
 * Port: binds a web chat conversation to the browser that started it, by a hash of a secret only that
 * browser holds. The conversation id alone (seen in a log, a shared screen, a URL) must never let anyone
 * read a child's conversation or write into its record.
 */
public interface ChatBinding {

    /** Binds the conversation to the secret's hash, once; false when it is already bound or does not exist. */
    boolean bind(String conversationId, String secretHash);

    /** The hash the conversation is bound to; empty for no such conversation or one never bound. */
    Optional<String> boundHash(String conversationId);
}
