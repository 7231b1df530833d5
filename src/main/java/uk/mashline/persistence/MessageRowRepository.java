package uk.mashline.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDateTime;
import java.util.List;

/** Reads the interaction log's messages (the turn writer inserts them). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MessageRowRepository extends GenericRepository<MessageRow, Long> {

    List<MessageRow> findByConversationIdOrderByIdAsc(String conversationId);

    /** A message written by a member of staff, named as its author. */
    @Query("INSERT INTO message (conversation_id, direction, channel, partnership_id, text, author, created_at) "
            + "VALUES (:conversationId, 'OUT', :channel, :partnershipId, :text, :author, :at)")
    void insertStaffMessage(String conversationId, String channel, String partnershipId, String text, String author,
                            LocalDateTime at);

    @Query("SELECT MAX(id) FROM message WHERE conversation_id = :conversationId AND author = :author")
    Long lastByAuthor(String conversationId, String author);
}
