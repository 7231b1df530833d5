package uk.mashline.console;

/** A request the console API refuses with 400 and this message (never echoing message content). */
public class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message, null, false, false);
    }
}
