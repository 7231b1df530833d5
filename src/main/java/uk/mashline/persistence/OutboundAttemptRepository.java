package uk.mashline.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Every attempt to send an outbound text. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboundAttemptRepository extends CrudRepository<OutboundAttemptRow, Long> {

    List<OutboundAttemptRow> findByOutboundIdOrderByIdAsc(long outboundId);
}
