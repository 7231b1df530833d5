package uk.mashline.dialogue;

/** A channel named a conversation that does not exist (or was purged). */
public class UnknownConversationException extends RuntimeException {

    public UnknownConversationException(String conversationId) {
        super("no conversation " + conversationId);
    }
}
