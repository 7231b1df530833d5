package uk.mashline.console.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Constant-time comparison of a session's CSRF token with the one a request sent. */
public final class CsrfTokens {

    /** The hidden form field carrying the token. */
    public static final String FIELD = "_csrf";

    private CsrfTokens() {
    }

    public static boolean matches(String expected, String actual) {
        if (expected == null || actual == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
