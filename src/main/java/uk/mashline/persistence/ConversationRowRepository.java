package uk.mashline.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Conversations for staff review: filtered, paged lists through specifications, the dashboard's
 * aggregates as SQL, the review columns (its only writer) and the retention delete.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ConversationRowRepository extends GenericRepository<ConversationRow, String>,
        JpaSpecificationExecutor<ConversationRow> {

    Optional<ConversationRow> findById(String id);

    long update(@Id String id, String reviewStatus, @Nullable String reviewNote, @Nullable String reviewedBy,
                @Nullable Instant firstReviewedAt, @Nullable Instant reviewedAt);

    @Query("SELECT id FROM conversation WHERE sender = :sender AND started_at < :before "
            + "ORDER BY started_at DESC LIMIT :limit")
    List<String> findEarlierIds(String sender, LocalDateTime before, int limit);

    /** Contacts per UTC day (the column holds UTC), highest route and channel. */
    @Query("SELECT CAST(started_at AS DATE) AS started_on, highest_route AS route, channel, COUNT(*) AS contacts "
            + "FROM conversation WHERE started_at >= :since "
            + "GROUP BY CAST(started_at AS DATE), highest_route, channel")
    List<DayCount> countPerDay(LocalDateTime since);

    /** The same counts for these partnerships only (a reviewer scoped to them). */
    @Query("SELECT CAST(started_at AS DATE) AS started_on, highest_route AS route, channel, COUNT(*) AS contacts "
            + "FROM conversation WHERE started_at >= :since AND partnership_id IN (:partnerships) "
            + "GROUP BY CAST(started_at AS DATE), highest_route, channel")
    List<DayCount> countPerDayIn(LocalDateTime since, Collection<String> partnerships);

    @Query("SELECT started_at, first_reviewed_at FROM conversation "
            + "WHERE started_at >= :since AND first_reviewed_at IS NOT NULL")
    List<ReviewTimes> findReviewTimes(LocalDateTime since);

    @Query("SELECT started_at, first_reviewed_at FROM conversation "
            + "WHERE started_at >= :since AND first_reviewed_at IS NOT NULL AND partnership_id IN (:partnerships)")
    List<ReviewTimes> findReviewTimesIn(LocalDateTime since, Collection<String> partnerships);

    /** Binds a web chat conversation to its browser's secret, once: a conversation already bound keeps its secret. */
    @Query("UPDATE conversation SET client_secret_hash = :hash WHERE id = :id AND client_secret_hash IS NULL")
    int bindClient(String id, String hash);

    @Query("UPDATE conversation SET waiting_since = :since WHERE id = :id AND waiting_since IS NULL")
    int markWaiting(String id, LocalDateTime since);

    @Query("UPDATE conversation SET waiting_since = NULL WHERE id = :id")
    int clearWaiting(String id);

    /** A staff message counts as a message, without touching the engine's columns (state, version, last message). */
    @Query("UPDATE conversation SET message_count = message_count + 1 WHERE id = :id")
    int countStaffMessage(String id);

    @Query("DELETE FROM conversation WHERE last_message_at < :cutoff AND review_status <> 'NEEDS_FOLLOW_UP'")
    int deleteInactiveBefore(LocalDateTime cutoff);

    @Introspected
    record DayCount(LocalDate startedOn, @Nullable String route, @Nullable String channel, long contacts) {
    }

    @Introspected
    record ReviewTimes(LocalDateTime startedAt, LocalDateTime firstReviewedAt) {
    }
}
