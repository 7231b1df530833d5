package uk.mashline.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDateTime;

/** Recovery codes of staff accounts. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffRecoveryCodeRepository extends CrudRepository<StaffRecoveryCodeRow, Long> {

    void deleteByUserId(long userId);

    long countByUserIdAndUsedAtIsNull(long userId);

    /** Marks an unused code used; one UPDATE, so a code works once even when sent twice at once. Returns 1 or 0. */
    default int use(long userId, String codeHash, Instant now) {
        return useAt(userId, codeHash, Times.toDb(now));
    }

    @Query("UPDATE staff_recovery_code SET used_at = :now WHERE user_id = :userId AND code_hash = :codeHash AND used_at IS NULL")
    int useAt(long userId, String codeHash, LocalDateTime now);
}
