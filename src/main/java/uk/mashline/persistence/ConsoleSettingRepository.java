package uk.mashline.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Console settings by name. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ConsoleSettingRepository extends CrudRepository<ConsoleSettingRow, String> {
}
