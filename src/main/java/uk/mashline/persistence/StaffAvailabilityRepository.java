package uk.mashline.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDateTime;

/** Whether staff have marked themselves available to reply to people who ask for a person. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffAvailabilityRepository extends GenericRepository<StaffUserRow, Long> {

    @Query("UPDATE staff_user SET available = :available WHERE username = :username")
    int setAvailable(String username, boolean available);

    @Query("SELECT COUNT(*) FROM staff_user WHERE username = :username AND available = TRUE")
    long countAvailable(String username);

    /** Enabled staff marked available with a console session in force (signed in, not idle past the limit). */
    default long availableSignedIn(Instant now, Instant idleSince) {
        return countAvailableSignedIn(Times.toDb(now), Times.toDb(idleSince));
    }

    @Query("SELECT COUNT(*) FROM staff_user u WHERE u.available = TRUE AND u.enabled = TRUE AND EXISTS ("
            + "SELECT 1 FROM staff_session s WHERE s.user_id = u.id AND s.expires_at > :now AND s.last_seen_at > :idleSince)")
    long countAvailableSignedIn(LocalDateTime now, LocalDateTime idleSince);
}
