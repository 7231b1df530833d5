package uk.mashline.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Staff accounts. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffUserRepository extends CrudRepository<StaffUserRow, Long> {

    /** By the lower-cased username (see {@code StaffAccounts.key}). */
    Optional<StaffUserRow> findByUsernameKey(String usernameKey);

    List<StaffUserRow> listOrderByUsername();

    long countByRoleAndEnabled(String role, boolean enabled);

    /** The partnerships a reviewer is limited to; empty: all of them. */
    @Query("SELECT partnership_id FROM staff_user_partnership WHERE user_id = :userId ORDER BY partnership_id")
    List<String> findPartnerships(long userId);

    @Query("DELETE FROM staff_user_partnership WHERE user_id = :userId")
    void deletePartnerships(long userId);

    @Query("INSERT INTO staff_user_partnership (user_id, partnership_id) VALUES (:userId, :partnershipId)")
    void addPartnership(long userId, String partnershipId);

    @Query("UPDATE staff_user SET role = :role WHERE id = :id")
    void updateRole(long id, String role);

    @Query("UPDATE staff_user SET enabled = :enabled WHERE id = :id")
    void updateEnabled(long id, boolean enabled);

    @Query("UPDATE staff_user SET password_hash = :passwordHash WHERE id = :id")
    void updatePasswordHash(long id, String passwordHash);
}
