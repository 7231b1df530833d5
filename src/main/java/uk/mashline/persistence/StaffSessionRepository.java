package uk.mashline.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDateTime;

/** Console sessions, shared by every instance. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffSessionRepository extends CrudRepository<StaffSessionRow, String> {

    void update(@Id String tokenHash, Instant lastSeenAt);

    void deleteByUserId(long userId);

    void updateReauthAt(@Id String tokenHash, Instant reauthAt);

    /** Deletes sessions past their absolute end or not seen since {@code idleSince}. */
    default int deleteExpired(Instant now, Instant idleSince) {
        return deleteExpiredAt(Times.toDb(now), Times.toDb(idleSince));
    }

    @Query("DELETE FROM staff_session WHERE expires_at <= :now OR last_seen_at <= :idleSince")
    int deleteExpiredAt(LocalDateTime now, LocalDateTime idleSince);
}
