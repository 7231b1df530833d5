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

    /**
     * One more failure; failures are forgotten when the last one was before {@code forgottenBefore}, and the
     * count starts again at 1. Returns the rows changed (0: no counter yet).
     */
    default int countFailure(String key, Instant forgottenBefore, Instant now) {
        return countFailureAt(key, Times.toDb(forgottenBefore), Times.toDb(now));
    }

    /** The next attempt on this key waits until then. */
    default void waitUntil(String key, Instant until) {
        waitUntilAt(key, Times.toDb(until));
    }

    /** Counters whose last failure was before then and which hold no wait in force. */
    default int deleteStale(Instant windowBefore, Instant now) {
        return deleteStaleAt(Times.toDb(windowBefore), Times.toDb(now));
    }

    @Query("SELECT locked_until FROM login_throttle WHERE throttle_key IN (:keys) AND locked_until > :now")
    List<LocalDateTime> findLocksAt(List<String> keys, LocalDateTime now);

    // window_started_at holds the time of the last failure: the count lasts while failures keep coming
    @Query("UPDATE login_throttle SET failures = CASE WHEN window_started_at < :forgottenBefore THEN 1 ELSE failures + 1 END, "
            + "window_started_at = :now WHERE throttle_key = :key")
    int countFailureAt(String key, LocalDateTime forgottenBefore, LocalDateTime now);

    @Query("UPDATE login_throttle SET locked_until = :until WHERE throttle_key = :key")
    void waitUntilAt(String key, LocalDateTime until);

    @Query("DELETE FROM login_throttle WHERE window_started_at < :windowBefore AND (locked_until IS NULL OR locked_until < :now)")
    int deleteStaleAt(LocalDateTime windowBefore, LocalDateTime now);
}
