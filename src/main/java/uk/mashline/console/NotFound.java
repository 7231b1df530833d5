package uk.mashline.console;

/** A record the console API answers with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message, null, false, false);
    }
}
