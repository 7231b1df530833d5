package uk.mashline.console.security;

import io.micronaut.context.MessageSource;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import uk.mashline.console.AuditAction;
import uk.mashline.console.AuditLog;
import uk.mashline.console.BadRequest;
import uk.mashline.console.ConsoleClock;
import uk.mashline.console.ConsoleWording;

import java.time.Instant;

/**
 * Admin changes (accounts, roles, partnerships, second-factor resets, retention) need the password and
 * code given within {@code MASH_STAFF_REAUTH_WINDOW}, so a console left open, or a stolen session cookie,
 * cannot make them. A console session confirms on /console/reauth; HTTP Basic gives the password with
 * every request (and is open only to accounts without a second factor); an API token cannot confirm.
 * With {@code MASH_STAFF_MFA=off} nothing is asked.
 */
@Singleton
public class Reauthentication {

    private final SecondFactors secondFactors;
    private final SecondFactorSettings settings;
    private final SessionStore sessions;
    private final LoginService logins;
    private final AuditLog audit;
    private final ConsoleClock clock;
    private final MessageSource messages;

    public Reauthentication(SecondFactors secondFactors, SecondFactorSettings settings, SessionStore sessions,
                            LoginService logins, AuditLog audit, ConsoleClock clock,
                            MessageSource messages) {
        this.secondFactors = secondFactors;
        this.settings = settings;
        this.sessions = sessions;
        this.logins = logins;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /** Refuses with {@link ReauthRequired} unless the caller gave their password (and code) recently enough. */
    public void require(Authentication authentication) {
        if (secondFactors.off()) {
            return;
        }
        if (StaffAuthentication.isToken(authentication)) {
            throw new ReauthRequired(ConsoleWording.text(messages, "reauth.token"));
        }
        if (!StaffAuthentication.isSession(authentication)) {
            return; // HTTP Basic: the password came with this very request
        }
        Instant since = clock.now().minus(settings.reauthWindow());
        boolean recent = sessions.reauthAt(StaffAuthentication.sessionHash(authentication))
                .map(at -> at.isAfter(since)).orElse(false);
        if (!recent) {
            throw new ReauthRequired(ConsoleWording.text(messages, "reauth.required"));
        }
    }

    /**
     * A signed-in console session gives the password again, and the code where the account needs one:
     * checked and throttled as a sign-in is. A wrong password or code is a 400 that says which.
     */
    public void confirm(Authentication authentication, String password, String code, String address) {
        LoginResult result = logins.attempt(authentication.getName(), password, address, "reauth", false);
        if (result instanceof LoginResult.Locked locked) {
            throw new BadRequest(locked.message());
        }
        if (!(result instanceof LoginResult.Success success)) {
            throw new BadRequest(((LoginResult.Failed) result).message());
        }
        StaffAccount account = success.account();
        if (secondFactors.required(account) && !secondFactors.verify(account, code)) {
            throw new BadRequest(logins.secondFactorFailed(account, address));
        }
        logins.secondFactorSucceeded(account, address);
        sessions.reauthenticated(StaffAuthentication.sessionHash(authentication));
        audit.record(account.username(), AuditAction.REAUTHENTICATED, "staff_user", String.valueOf(account.id()), "ip=" + address);
    }
}
