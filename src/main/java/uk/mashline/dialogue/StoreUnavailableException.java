package uk.mashline.dialogue;

/** The database could not be reached or refused a statement; callers fall back to the safety reply. */
/** Port-level failure of {@link ConversationStore}. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(Throwable cause) {
        super("conversation store unavailable: " + cause.getClass().getSimpleName(), cause);
    }
}
