package uk.mashline.console.security;

import jakarta.inject.Singleton;
import uk.mashline.console.AuditAction;
import uk.mashline.console.AuditLog;
import io.micronaut.context.MessageSource;
import uk.mashline.console.ConsoleWording;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks a username and password for the console form and for HTTP Basic: throttled per
 * username and per client address, every failure and lock audited.
 */
@Singleton
public class LoginService {

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final MessageSource messages;
    private final SecondFactors secondFactors;

    public LoginService(StaffAccounts accounts, PasswordHasher hasher, LoginThrottle throttle,
                        AuditLog audit, MessageSource messages, SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.messages = messages;
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
        // one throttle per account whatever the case typed: ADMIN, Admin and admin are one name
        String key = StaffAccounts.key(name);
        Optional<Duration> lock = throttle.lockRemaining(key, address);
        if (lock.isPresent()) {
            audit.record(name, AuditAction.LOGIN_FAILURE, "staff_user", null, "reason=locked via=" + via + " ip=" + address);
            return locked(lock.get());
        }
        Optional<StaffAccount> account = accounts.findByUsername(name);
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
                throttle.recordSuccess(key);
            }
            if (auditSuccess) {
                audit.record(account.get().username(), AuditAction.LOGIN_SUCCESS, "staff_user", String.valueOf(account.get().id()), "via=" + via + " ip=" + address);
            }
            return new LoginResult.Success(account.get());
        }
        String reason = account.isEmpty() ? "unknown_user" : account.get().enabled() ? "bad_password" : "disabled";
        audit.record(name, AuditAction.LOGIN_FAILURE, "staff_user", account.map(a -> String.valueOf(a.id())).orElse(null),
                "reason=" + reason + " via=" + via + " ip=" + address);
        Optional<Duration> newLock = throttle.recordFailure(key, address);
        if (newLock.isPresent()) {
            audit.record(name, AuditAction.LOGIN_LOCKED, "staff_user", account.map(a -> String.valueOf(a.id())).orElse(null),
                    "minutes=" + newLock.get().toMinutes() + " ip=" + address);
            // this attempt was still a wrong password (401); the lock applies from the next one (429)
            return new LoginResult.Failed(ConsoleWording.text(messages, "login.failed") + " " + lockedMessage(newLock.get()));
        }
        return new LoginResult.Failed(ConsoleWording.text(messages, "login.failed"));
    }

    /** The lock in force on this username or address, if any (checked before a second-factor code is). */
    public Optional<LoginResult.Locked> lock(String username, String address) {
        return throttle.lockRemaining(StaffAccounts.key(username), address).map(this::locked);
    }

    /**
     * A wrong second-factor code counts as a failed sign-in for the account and address, so codes cannot
     * be guessed faster than passwords. Returns the message for the person (with the lock, if this failure
     * started one).
     */
    public String secondFactorFailed(StaffAccount account, String address) {
        Optional<Duration> newLock = throttle.recordFailure(StaffAccounts.key(account.username()), address);
        String wrong = ConsoleWording.text(messages, "totp.wrong");
        if (newLock.isPresent()) {
            audit.record(account.username(), AuditAction.LOGIN_LOCKED, "staff_user", String.valueOf(account.id()),
                    "minutes=" + newLock.get().toMinutes() + " ip=" + address + " via=second-factor");
            return wrong + " " + lockedMessage(newLock.get());
        }
        return wrong;
    }

    /** The second factor was given: the account's failure count starts again. */
    public void secondFactorSucceeded(StaffAccount account) {
        throttle.recordSuccess(StaffAccounts.key(account.username()));
    }

    private LoginResult.Locked locked(Duration remaining) {
        return new LoginResult.Locked(lockedMessage(remaining), Math.max(1, remaining.getSeconds()));
    }

    private String lockedMessage(Duration remaining) {
        return ConsoleWording.text(messages, "login.locked", Math.max(1, (remaining.getSeconds() + 59) / 60));
    }
}
