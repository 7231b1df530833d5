package uk.mashline.console.security;

import jakarta.inject.Singleton;
import uk.mashline.console.AuditAction;
import uk.mashline.console.AuditLog;
import io.micronaut.context.MessageSource;
import uk.mashline.console.ConsoleWording;
import uk.mashline.web.Pseudonyms;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks a username and password for the console form and for HTTP Basic: throttled per
 * (username, client address) and per address with growing waits ({@link LoginThrottle}), every
 * failure and wait audited. A failed sign-in for a username nobody has is audited under a keyed hash
 * of it ({@link Pseudonyms}): people type passwords into the username field.
 */
@Singleton
public class LoginService {

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Pseudonyms pseudonyms;
    private final SecondFactors secondFactors;

    public LoginService(StaffAccounts accounts, PasswordHasher hasher, LoginThrottle throttle,
                        AuditLog audit, MessageSource messages, Pseudonyms pseudonyms, SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.messages = messages;
        this.pseudonyms = pseudonyms;
    }

    /**
     * @param via "form" or "basic", recorded in the audit detail
     * @param auditSuccess whether a success is audited (console sign-ins are; each Basic API call is not)
     */
    public LoginResult attempt(String username, String password, String address, String via, boolean auditSuccess) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return new LoginResult.Failed(ConsoleWording.text(messages, "login.missing"));
        }
        String name = username.trim();
        Optional<StaffAccount> account = accounts.findByUsername(name);
        String actor = account.map(StaffAccount::username).orElseGet(() -> unknownUser(name));
        Optional<Duration> wait = throttle.waitRemaining(name, address);
        if (wait.isPresent()) {
            audit.record(actor, AuditAction.LOGIN_FAILURE, "staff_user", null, "reason=wait via=" + via + " ip=" + address);
            return locked(wait.get());
        }
        boolean ok;
        if (account.isPresent()) {
            ok = hasher.matches(password, account.get().passwordHash()) && account.get().enabled();
        } else {
            hasher.burnTime(password);
            ok = false;
        }
        if (ok) {
            // with a second factor to come, the failures so far stand until it is given: a password alone
            // must not wipe the count of wrong codes
            if (!secondFactors.required(account.get())) {
                throttle.recordSuccess(name, address);
            }
            if (auditSuccess) {
                audit.record(account.get().username(), AuditAction.LOGIN_SUCCESS, "staff_user", String.valueOf(account.get().id()), "via=" + via + " ip=" + address);
            }
            return new LoginResult.Success(account.get());
        }
        String reason = account.isEmpty() ? "unknown_user" : account.get().enabled() ? "bad_password" : "disabled";
        audit.record(actor, AuditAction.LOGIN_FAILURE, "staff_user", account.map(a -> String.valueOf(a.id())).orElse(null),
                "reason=" + reason + " via=" + via + " ip=" + address);
        Optional<Duration> newWait = throttle.recordFailure(name, address);
        if (newWait.isPresent()) {
            // LOGIN_LOCKED is the audit's name for a wait imposed: the account itself is never locked
            audit.record(actor, AuditAction.LOGIN_LOCKED, "staff_user", account.map(a -> String.valueOf(a.id())).orElse(null),
                    "wait_seconds=" + newWait.get().getSeconds() + " ip=" + address);
            // this attempt was still a wrong password (401); the wait applies from the next one (429)
            return new LoginResult.Failed(ConsoleWording.text(messages, "login.failed") + " " + lockedMessage(newWait.get()));
        }
        return new LoginResult.Failed(ConsoleWording.text(messages, "login.failed"));
    }

    /** The wait in force on this username from this address, if any (checked before a second-factor code is). */
    public Optional<LoginResult.Locked> lock(String username, String address) {
        return throttle.waitRemaining(username, address).map(d -> (LoginResult.Locked) locked(d));
    }

    /**
     * A wrong second-factor code counts as a failed sign-in for the account and address, so codes cannot
     * be guessed faster than passwords. Returns the message for the person (with the wait, if this failure
     * started one).
     */
    public String secondFactorFailed(StaffAccount account, String address) {
        Optional<Duration> newWait = throttle.recordFailure(account.username(), address);
        String wrong = ConsoleWording.text(messages, "totp.wrong");
        if (newWait.isPresent()) {
            audit.record(account.username(), AuditAction.LOGIN_LOCKED, "staff_user", String.valueOf(account.id()),
                    "wait_seconds=" + newWait.get().getSeconds() + " ip=" + address + " via=second-factor");
            return wrong + " " + lockedMessage(newWait.get());
        }
        return wrong;
    }

    /** The second factor was given: the account's failures from this address are forgotten. */
    public void secondFactorSucceeded(StaffAccount account, String address) {
        throttle.recordSuccess(account.username(), address);
    }

    /** The audit's actor for a username nobody has: a keyed hash, enough to see one name tried again and again. */
    private String unknownUser(String name) {
        return "unknown:" + pseudonyms.of("sign-in-username", name.toLowerCase(java.util.Locale.ROOT));
    }

    private LoginResult locked(Duration remaining) {
        return new LoginResult.Locked(lockedMessage(remaining), Math.max(1, remaining.getSeconds()));
    }

    private String lockedMessage(Duration remaining) {
        return ConsoleWording.text(messages, "login.locked", Math.max(1, remaining.getSeconds()));
    }
}
