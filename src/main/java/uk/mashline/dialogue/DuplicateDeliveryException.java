package uk.mashline.dialogue;

/** The channel delivered a message that is already stored (Twilio retries); answer it again, store nothing. */
public class DuplicateDeliveryException extends RuntimeException {

    public DuplicateDeliveryException(String externalId) {
        super("message " + externalId + " is already stored");
    }
}
