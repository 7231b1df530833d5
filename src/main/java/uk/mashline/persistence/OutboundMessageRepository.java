package uk.mashline.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The outbox. A text is claimed by one UPDATE that only succeeds for the instance that finds it still
 * due, so two instances never send the same text; a claim that outlives its instance (it died while
 * sending) falls due again when it expires.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboundMessageRepository extends CrudRepository<OutboundMessageRow, Long> {

    String DUE = "((status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now))";

    /** Ids of the texts due now, oldest first. */
    default List<Long> due(Instant now, int limit) {
        return findDueAt(Times.toDb(now), limit);
    }

    /** Takes a due text for this instance until {@code until}; false when another instance took it first. */
    default boolean claim(long id, Instant now, Instant until) {
        return claimAt(id, Times.toDb(now), Times.toDb(until)) == 1;
    }

    default void sent(long id, int attempts, String providerId, Instant now) {
        sentAt(id, attempts, providerId, Times.toDb(now));
    }

    default void retryAt(long id, int attempts, Instant next) {
        retry(id, attempts, Times.toDb(next));
    }

    List<OutboundMessageRow> findByConversationIdOrderByIdAsc(String conversationId);

    List<OutboundMessageRow> findByPurposeOrderByIdAsc(String purpose);

    @Query("SELECT id FROM outbound_message WHERE " + DUE + " ORDER BY id LIMIT :limit")
    List<Long> findDueAt(LocalDateTime now, int limit);

    @Query("UPDATE outbound_message SET status = 'SENDING', claimed_until = :until WHERE id = :id AND " + DUE)
    int claimAt(long id, LocalDateTime now, LocalDateTime until);

    @Query("UPDATE outbound_message SET status = 'SENT', attempts = :attempts, provider_id = :providerId, "
            + "sent_at = :now, claimed_until = NULL WHERE id = :id")
    void sentAt(long id, int attempts, String providerId, LocalDateTime now);

    @Query("UPDATE outbound_message SET status = 'PENDING', attempts = :attempts, next_attempt_at = :next, "
            + "claimed_until = NULL WHERE id = :id")
    void retry(long id, int attempts, LocalDateTime next);

    @Query("UPDATE outbound_message SET status = 'FAILED', attempts = :attempts, claimed_until = NULL WHERE id = :id")
    void failed(long id, int attempts);
}
