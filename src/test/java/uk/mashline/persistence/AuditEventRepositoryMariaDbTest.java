package uk.mashline.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.testsupport.MariaDbTest;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flyway-migrated round trip on a real MariaDB/MySQL server. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditEventRepositoryMariaDbTest extends MariaDbTest {

    @Inject
    AuditEventRepository repository;

    @Inject
    AuditRowsAppender appender;

    @Inject
    DataSource dataSource;

    @Test
    void runsOnARealMariaDbServer() throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            assertTrue(product.contains("MySQL") || product.contains("MariaDB"), product);
        }
    }

    @Test
    void savesAndReadsBackAnAuditEventOnMariaDb() {
        AuditEventRepositoryTest.assertRoundTrip(repository, "mariadb-" + System.nanoTime());
    }

    @Test
    void appendsRowsTogetherOnMariaDb() {
        AuditEventRepositoryTest.assertAppended(repository, appender, "mariadb-" + System.nanoTime());
    }
}
