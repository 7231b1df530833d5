package uk.mashline.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.util.List;

/** The audit trail: appended by the console, read by administrators through filters and pages. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEventRepository extends CrudRepository<AuditEventRow, Long>, JpaSpecificationExecutor<AuditEventRow> {

    List<AuditEventRow> findByActorOrderByIdAsc(String actor);
}
