package uk.mashline.persistence;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.dialogue.StoreUnavailableException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Migrates the schema on a thread of its own, so the service starts, and answers every text and
 * call with the safety reply, while the database is away; the migration is tried again until the
 * database comes, and the store takes work only once it has run ({@link #awaitReady}).
 * <p>
 * On MySQL and MariaDB the migration runs under a lock that holds across a cluster's nodes
 * ({@link MigrationLock}), so instances started together migrate once.
 */
@Context
public class SchemaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    private final DataSource dataSource;
    private final FlywayConfigurationProperties flyway;
    private final DatabaseSettings settings;
    private final ApplicationEventPublisher<SchemaReady> events;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread thread;
    // set once an attempt failed: from then on the store refuses at once instead of waiting
    private volatile boolean databaseAway;

    public SchemaMigration(DataSource dataSource, @Named("default") FlywayConfigurationProperties flyway,
                           DatabaseSettings settings, ApplicationEventPublisher<SchemaReady> events) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.flyway = flyway;
        this.settings = settings;
        this.events = events;
        this.thread = new Thread(this::migrateUntilDone, "schema-migration");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the schema is migrated. */
    public boolean isReady() {
        return ready.getCount() == 0;
    }

    /**
     * Returns once the schema is migrated. While the first attempt is under way (a normal start-up)
     * it waits up to {@code max}; once an attempt has failed (the database is away) it refuses at once.
     *
     * @throws StoreUnavailableException when the schema is not ready
     */
    public void awaitReady(Duration max) {
        if (isReady()) {
            return;
        }
        if (!databaseAway) {
            try {
                if (ready.await(max.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new StoreUnavailableException(new SQLException("the database schema is not migrated yet", "08000"));
    }

    @PreDestroy
    void stop() {
        thread.interrupt();
    }

    // after every bean made at start-up exists, so the migration's own event cannot wait for this thread
    @EventListener
    void awaitAtStartup(StartupEvent event) {
        if (!settings.startupWait().isZero() && !settings.startupWait().isNegative()) {
            try {
                if (!ready.await(settings.startupWait().toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("starting before the database schema is migrated: answering with the safety reply until it is");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void migrateUntilDone() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                migrate();
                databaseAway = false;
                // what needs the schema at start-up (the bootstrap admin) is in place before start-up stops waiting:
                // counted down first, a login straight after start-up could find no account yet (BootstrapAndUsersTest
                // failed so once, 30 Nov). No listener waits for this thread, so publishing first cannot deadlock
                try {
                    events.publishEvent(new SchemaReady());
                } finally {
                    ready.countDown();
                }
                return;
            } catch (RuntimeException | SQLException e) {
                databaseAway = true;
                // the class and state only: a driver message can quote a statement
                SQLException sql = SqlErrors.sqlCause(e);
                LOG.warn("database schema not migrated yet ({}{}); trying again in {} ms", e.getClass().getSimpleName(),
                        sql == null ? "" : ", SQL state " + sql.getSQLState(), settings.migrationRetry().toMillis());
            } catch (InterruptedException e) {
                return;
            }
            try {
                Thread.sleep(settings.migrationRetry().toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void migrate() throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!product.contains("MySQL") && !product.contains("MariaDB")) {
                configuration(false).load().migrate(); // the embedded database: one process, no cluster
                return;
            }
            boolean fresh = onlyTheLockTable(c);
            new MigrationLock(settings.migrationLease()).holding(c, () -> configuration(fresh).load().migrate());
        }
    }

    /**
     * Flyway refuses a schema that has tables but no history of its own (it could be another
     * application's); the lock's own table must not make a new database look like one.
     */
    private FluentConfiguration configuration(boolean freshButForTheLock) {
        FluentConfiguration config = flyway.getFluentConfiguration().dataSource(dataSource);
        return freshButForTheLock ? config.baselineOnMigrate(true).baselineVersion("0") : config;
    }

    private static boolean onlyTheLockTable(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name <> ?")) {
            ps.setString(1, MigrationLock.TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        }
    }
}
