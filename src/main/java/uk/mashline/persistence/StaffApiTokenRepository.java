package uk.mashline.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Personal API tokens of staff accounts. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffApiTokenRepository extends CrudRepository<StaffApiTokenRow, Long> {

    Optional<StaffApiTokenRow> findByTokenHash(String tokenHash);

    List<StaffApiTokenRow> findByUserIdOrderByIdDesc(long userId);

    void updateLastUsedAt(@Id Long id, Instant lastUsedAt);

    void updateRevokedAt(@Id Long id, Instant revokedAt);
}
