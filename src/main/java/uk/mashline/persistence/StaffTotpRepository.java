package uk.mashline.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** TOTP secrets of staff accounts. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffTotpRepository extends CrudRepository<StaffTotpRow, Long> {

    /**
     * Records that the code of {@code step} was used, only if no later or equal step was: one UPDATE, so
     * two instances given the same code at once accept it once. Returns the rows changed (0 = replayed).
     */
    @Query("UPDATE staff_totp SET last_step = :step WHERE user_id = :userId AND (last_step IS NULL OR last_step < :step)")
    int useStep(long userId, long step);
}
