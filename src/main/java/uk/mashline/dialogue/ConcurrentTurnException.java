package uk.mashline.dialogue;

/** Two instances took a turn of the same conversation at once; the later one retries on fresh state. */
public class ConcurrentTurnException extends RuntimeException {

    public ConcurrentTurnException(String conversationId) {
        super("conversation " + conversationId + " changed while this turn was being taken");
    }
}
