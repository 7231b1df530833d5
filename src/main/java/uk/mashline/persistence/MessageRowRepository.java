package uk.mashline.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Reads the interaction log's messages (the turn writer inserts them). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MessageRowRepository extends GenericRepository<MessageRow, Long> {

    List<MessageRow> findByConversationIdOrderByIdAsc(String conversationId);
}
