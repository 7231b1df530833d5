package uk.mashline.console.security;

import io.micronaut.context.MessageSource;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import uk.mashline.console.AuditAction;
import uk.mashline.console.AuditLog;
import uk.mashline.console.BadRequest;
import uk.mashline.console.ConsoleWording;
import uk.mashline.console.NotFound;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.persistence.StaffUserRepository;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reviewers optionally limited to some partnerships: an administrator sets them; the queue, the
 * conversation view, review actions and the export then show only those partnerships' conversations.
 * A reviewer with none set sees every partnership (as before); an ADMIN always does.
 */
@Singleton
public class PartnershipScopes {

    private final StaffUserRepository users;
    private final StaffAccounts accounts;
    private final PartnershipDirectory partnerships;
    private final AuditLog audit;
    private final MessageSource messages;

    public PartnershipScopes(StaffUserRepository users, StaffAccounts accounts, PartnershipDirectory partnerships,
                             AuditLog audit, MessageSource messages) {
        this.users = users;
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.audit = audit;
        this.messages = messages;
    }

    /** The partnerships this caller may see; null: all. */
    public Set<String> of(Authentication authentication) {
        if (authentication.getRoles().contains(StaffRole.ADMIN_ROLE)) {
            return null;
        }
        List<String> scope = users.findPartnerships(StaffAuthentication.userId(authentication));
        return scope.isEmpty() ? null : Set.copyOf(scope);
    }

    /** Whether the caller may see a conversation of this partnership. */
    public boolean allows(Authentication authentication, String partnershipId) {
        Set<String> scope = of(authentication);
        return scope == null || scope.contains(partnershipId);
    }

    public List<String> get(long userId) {
        accounts.findById(userId).orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "user.not.found")));
        return users.findPartnerships(userId);
    }

    /** Sets an account's partnerships (empty: all); every id must be a known partnership. Audited. */
    public List<String> set(String actor, long userId, List<String> ids) {
        StaffAccount account = accounts.findById(userId).orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "user.not.found")));
        Set<String> wanted = new TreeSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            String trimmed = id == null ? "" : id.trim();
            if (partnerships.find(trimmed).isEmpty()) {
                throw new BadRequest(ConsoleWording.text(messages, "scope.unknown.partnership", trimmed));
            }
            wanted.add(trimmed);
        }
        users.deletePartnerships(userId);
        wanted.forEach(id -> users.addPartnership(userId, id));
        audit.record(actor, AuditAction.USER_UPDATE, "staff_user", String.valueOf(userId),
                "username=" + account.username() + " partnerships=" + (wanted.isEmpty() ? "all" : String.join(",", wanted)));
        return List.copyOf(wanted);
    }
}
