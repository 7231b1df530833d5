package uk.mashline.console.security;

import jakarta.inject.Singleton;
import uk.mashline.console.SqlRunner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The staff_user table. */
@Singleton
public class StaffAccounts {

    private static final String COLUMNS = "id, username, password_hash, role, enabled, created_at";

    private final SqlRunner sql;

    public StaffAccounts(SqlRunner sql) {
        this.sql = sql;
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM staff_user WHERE username = ?", List.of(username), StaffAccounts::map);
    }

    public Optional<StaffAccount> findById(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM staff_user WHERE id = ?", List.of(id), StaffAccounts::map);
    }

    public List<StaffAccount> findAll() {
        return sql.query("SELECT " + COLUMNS + " FROM staff_user ORDER BY username", List.of(), StaffAccounts::map);
    }

    public long count() {
        return sql.count("SELECT COUNT(*) FROM staff_user", List.of());
    }

    public long countEnabledAdmins() {
        return sql.count("SELECT COUNT(*) FROM staff_user WHERE role = 'ADMIN' AND enabled = TRUE", List.of());
    }

    public long insert(String username, String passwordHash, StaffRole role, Instant now) {
        return sql.insert("INSERT INTO staff_user (username, password_hash, role, enabled, failed_logins, created_at) "
                + "VALUES (?, ?, ?, TRUE, 0, ?)", username, passwordHash, role, now);
    }

    public void updateRole(long id, StaffRole role) {
        sql.update("UPDATE staff_user SET role = ? WHERE id = ?", role, id);
    }

    public void updateEnabled(long id, boolean enabled) {
        sql.update("UPDATE staff_user SET enabled = ? WHERE id = ?", enabled, id);
    }

    public void updatePassword(long id, String passwordHash) {
        sql.update("UPDATE staff_user SET password_hash = ? WHERE id = ?", passwordHash, id);
    }

    private static StaffAccount map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                StaffRole.parse(rs.getString("role")).orElse(StaffRole.REVIEWER), rs.getBoolean("enabled"),
                SqlRunner.instant(rs, "created_at"));
    }
}
