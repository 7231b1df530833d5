package uk.mashline.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in failure counters, changed by single UPDATE statements so that instances counting at the
 * same moment never lose a failure.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LoginThrottleRepository extends CrudRepository<LoginThrottleRow, String> {

    /** The latest lock still in force on any of the keys. */
    default Optional<Instant> lockedUntil(List<String> keys, Instant now) {
        return findLocksAt(keys, Times.toDb(now)).stream().map(Times::fromDb).max(Instant::compareTo);
    }

    /** One more failure; a window that started before {@code windowStart} is over, and a new one starts now. */
    default int countFailure(String key, Instant windowStart, Instant now) {
        return countFailureAt(key, Times.toDb(windowStart), Times.toDb(now));
    }

    /** Locks the key until then if it has reached {@code maxFailures}; a new window starts. */
    default boolean lockIfReached(String key, int maxFailures, Instant until, Instant now) {
        return lockAt(key, maxFailures, Times.toDb(until), Times.toDb(now)) > 0;
    }

    /** Counters whose window ended before then and which hold no lock in force. */
    default int deleteStale(Instant windowBefore, Instant now) {
        return deleteStaleAt(Times.toDb(windowBefore), Times.toDb(now));
    }

    @Query("SELECT locked_until FROM login_throttle WHERE throttle_key IN (:keys) AND locked_until > :now")
    List<LocalDateTime> findLocksAt(List<String> keys, LocalDateTime now);

    @Query("UPDATE login_throttle SET failures = CASE WHEN window_started_at < :windowStart THEN 1 ELSE failures + 1 END, "
            + "window_started_at = CASE WHEN window_started_at < :windowStart THEN :now ELSE window_started_at END "
            + "WHERE throttle_key = :key")
    int countFailureAt(String key, LocalDateTime windowStart, LocalDateTime now);

    @Query("UPDATE login_throttle SET locked_until = :until, failures = 0, window_started_at = :now "
            + "WHERE throttle_key = :key AND failures >= :maxFailures")
    int lockAt(String key, int maxFailures, LocalDateTime until, LocalDateTime now);

    @Query("DELETE FROM login_throttle WHERE window_started_at < :windowBefore AND (locked_until IS NULL OR locked_until < :now)")
    int deleteStaleAt(LocalDateTime windowBefore, LocalDateTime now);
}
