package uk.mashline.console.security;

import jakarta.inject.Singleton;
import uk.mashline.console.AuditAction;
import uk.mashline.console.AuditLog;
import uk.mashline.console.BadRequest;
import uk.mashline.console.ConsoleClock;
import io.micronaut.context.MessageSource;
import uk.mashline.console.ConsoleWording;
import uk.mashline.console.NotFound;
import uk.mashline.persistence.DuplicateKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Creating and changing staff accounts (console admin pages, the bootstrap admin and
 * scripts/create-user). Every change is audited; a disabled account or changed role ends
 * the account's sessions; the last enabled ADMIN cannot be disabled or demoted.
 */
@Singleton
public class StaffUsers {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final ConsoleClock clock;
    private final MessageSource messages;
    private final PasswordPolicy policy;
    private final SecondFactors secondFactors;

    public StaffUsers(StaffAccounts accounts, PasswordHasher hasher, SessionStore sessions, AuditLog audit,
                      ConsoleClock clock, MessageSource messages, PasswordPolicy policy, SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
        this.policy = policy;
    }

    public List<StaffUserView> list() {
        return accounts.findAll().stream().map(StaffUserView::of).toList();
    }

    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    public StaffUserView create(String actor, String username, String role, String password) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new BadRequest(ConsoleWording.text(messages, "user.invalid.username"));
        }
        StaffRole staffRole = StaffRole.parse(role).orElseThrow(() -> new BadRequest(ConsoleWording.text(messages, "user.invalid.role")));
        policy.check(password, name);
        long id;
        try {
            id = accounts.insert(name, hasher.hash(password), staffRole, clock.now());
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new BadRequest(ConsoleWording.text(messages, "user.exists"));
            }
            throw e;
        }
        audit.record(actor, AuditAction.USER_CREATE, "staff_user", String.valueOf(id), "username=" + name + " role=" + staffRole);
        return StaffUserView.of(accounts.findById(id).orElseThrow());
    }

    /** Changes role, enabled state and/or password; null arguments are left as they are. */
    public StaffUserView update(String actor, long id, String role, Boolean enabled, String password) {
        StaffAccount account = accounts.findById(id).orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "user.not.found")));
        StaffRole newRole = role == null ? account.role()
                : StaffRole.parse(role).orElseThrow(() -> new BadRequest(ConsoleWording.text(messages, "user.invalid.role")));
        boolean newEnabled = enabled == null ? account.enabled() : enabled;
        boolean losesAdmin = account.role() == StaffRole.ADMIN && account.enabled()
                && (newRole != StaffRole.ADMIN || !newEnabled);
        if (losesAdmin && accounts.countEnabledAdmins() <= 1) {
            throw new BadRequest(ConsoleWording.text(messages, "user.last.admin"));
        }
        if (password != null) {
            policy.check(password, account.username());
        }
        List<String> changes = new ArrayList<>();
        if (newRole != account.role()) {
            accounts.updateRole(id, newRole);
            changes.add("role " + account.role() + "->" + newRole);
        }
        if (newEnabled != account.enabled()) {
            accounts.updateEnabled(id, newEnabled);
            changes.add(newEnabled ? "enabled" : "disabled");
        }
        if (password != null) {
            accounts.updatePassword(id, hasher.hash(password));
            changes.add("password reset");
        }
        if (!changes.isEmpty()) {
            sessions.deleteForUser(id);
            audit.record(actor, AuditAction.USER_UPDATE, "staff_user", String.valueOf(id),
                    "username=" + account.username() + " " + String.join("; ", changes));
        }
        return StaffUserView.of(accounts.findById(id).orElseThrow());
    }

    /** Removes an account's second factor (a lost phone); its sessions end. */
    public StaffUserView resetSecondFactor(String actor, long id) {
        StaffAccount account = accounts.findById(id).orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "user.not.found")));
        secondFactors.reset(actor, account);
        sessions.deleteForUser(id);
        return StaffUserView.of(account);
    }

    /** Sets an account's own new password (its current one already checked by {@link OwnPasswordChange}). */
    void setOwnPassword(StaffAccount account, String newPassword) {
        policy.check(newPassword, account.username());
        accounts.updatePassword(account.id(), hasher.hash(newPassword));
        sessions.deleteForUser(account.id());
        audit.record(account.username(), AuditAction.PASSWORD_CHANGE, "staff_user", String.valueOf(account.id()), null);
    }
}
