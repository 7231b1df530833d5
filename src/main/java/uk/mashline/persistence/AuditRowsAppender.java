package uk.mashline.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends many rows to the audit trail in one statement: a JDBC batch, which the MySQL driver sends as one
 * multi-row INSERT ({@code rewriteBatchedStatements}), in autocommit, so on MySQL and MariaDB all of them or none are
 * stored (H2, the embedded default, runs the batch as one insert a row).
 * {@link AuditEventRepository#saveAll} inserts row by row to read back each generated id, which an append
 * does not need: under load every duty alert was an INSERT and a durable commit of its own.
 */
@Singleton
public class AuditRowsAppender {

    private static final String INSERT = "INSERT INTO `audit_event` (`at`, `actor`, `action`, `target_type`, "
            + "`target_id`, `detail`) VALUES (?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public AuditRowsAppender(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** @throws DataAccessException when the database did not take them */
    public void appendAll(List<AuditEventRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (AuditEventRow row : rows) {
                ps.setObject(1, Times.toDb(row.at()));
                ps.setString(2, row.actor());
                ps.setString(3, row.action());
                ps.setString(4, row.targetType());
                ps.setString(5, row.targetId());
                ps.setString(6, row.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException("audit rows not stored: " + e.getMessage(), e);
        }
    }
}
