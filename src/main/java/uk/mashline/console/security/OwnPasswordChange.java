package uk.mashline.console.security;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import uk.mashline.console.BadRequest;
import uk.mashline.console.ConsoleWording;

/**
 * A member of staff changes their own password. The current password is checked as a sign-in is
 * (throttled and audited), so a session left open on a shared computer cannot be used to take the
 * account over or to guess the password faster than the sign-in form allows. Every session of the
 * account ends; the controller starts a new one for the browser that asked.
 */
@Singleton
public class OwnPasswordChange {

    private final LoginService logins;
    private final StaffUsers users;
    private final PasswordPolicy policy;
    private final MessageSource messages;

    public OwnPasswordChange(LoginService logins, StaffUsers users, PasswordPolicy policy, MessageSource messages) {
        this.logins = logins;
        this.users = users;
        this.policy = policy;
        this.messages = messages;
    }

    /** Returns the account with its new password; a wrong current password or a refused new one is a 400. */
    public StaffAccount change(String username, String currentPassword, String newPassword, String address) {
        policy.check(newPassword, username);
        LoginResult result = logins.attempt(username, currentPassword, address, "password-change", false);
        if (result instanceof LoginResult.Success success) {
            users.setOwnPassword(success.account(), newPassword);
            return success.account();
        }
        if (result instanceof LoginResult.Locked locked) {
            throw new BadRequest(locked.message());
        }
        throw new BadRequest(ConsoleWording.text(messages, "password.current.wrong"));
    }
}
