package uk.mashline.console.security;

import jakarta.inject.Singleton;
import uk.mashline.persistence.StaffUserRepository;
import uk.mashline.persistence.StaffUserRow;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Staff accounts as the console's security sees them, over the staff_user repository. */
@Singleton
public class StaffAccounts {

    private final StaffUserRepository users;

    public StaffAccounts(StaffUserRepository users) {
        this.users = users;
    }

    /** Usernames are one whatever their case: {@code ADMIN} finds {@code admin}. */
    public Optional<StaffAccount> findByUsername(String username) {
        return users.findByUsernameKey(key(username)).map(StaffAccounts::account);
    }

    /** The unique form of a username (usernames are ASCII: letters, digits, . _ @ -). */
    public static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<StaffAccount> findById(long id) {
        return users.findById(id).map(StaffAccounts::account);
    }

    public List<StaffAccount> findAll() {
        return users.listOrderByUsername().stream().map(StaffAccounts::account).toList();
    }

    public long count() {
        return users.count();
    }

    public long countEnabledAdmins() {
        return users.countByRoleAndEnabled(StaffRole.ADMIN.name(), true);
    }

    /** Creates the account; a taken username, in any case, fails with a duplicate-key error (see DuplicateKeys). */
    public long insert(String username, String passwordHash, StaffRole role, Instant now) {
        return users.save(new StaffUserRow(null, username, key(username), passwordHash, role.name(), true, 0, null, now)).id();
    }

    public void updateRole(long id, StaffRole role) {
        users.updateRole(id, role.name());
    }

    public void updateEnabled(long id, boolean enabled) {
        users.updateEnabled(id, enabled);
    }

    public void updatePassword(long id, String passwordHash) {
        users.updatePasswordHash(id, passwordHash);
    }

    private static StaffAccount account(StaffUserRow row) {
        return new StaffAccount(row.id(), row.username(), row.passwordHash(),
                StaffRole.parse(row.role()).orElse(StaffRole.REVIEWER), row.enabled(), row.createdAt());
    }
}
