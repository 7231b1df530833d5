package uk.mashline.console.security;

/** An admin change refused until the password (and code) are given again: 403 with {@code "reauth": true}. */
public class ReauthRequired extends RuntimeException {

    public ReauthRequired(String message) {
        super(message, null, false, false);
    }
}
