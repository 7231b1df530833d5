package uk.mashline.console.security;

/** The outcome of one sign-in attempt. */
public sealed interface LoginResult {

    record Success(StaffAccount account) implements LoginResult {
    }

    /** Wrong username or password, disabled account or missing input: one message for all. */
    record Failed(String message) implements LoginResult {
    }

    /** The username or client address is locked after repeated failures. */
    record Locked(String message, long retryAfterSeconds) implements LoginResult {
    }
}
