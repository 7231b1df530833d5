package uk.mashline.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.flyway.FlywayConfigurationProperties;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.MariaDbTestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema on a real MariaDB/MySQL server as a cluster needs it: instances migrating a new
 * database together migrate it once; the migration lock lets one holder in at a time and is taken
 * over from a holder that died; every table has a primary key (Galera replicates a table without one
 * badly, and InnoDB Cluster refuses it).
 */
class SchemaMigrationMariaDbTest {

    private static final DatabaseSettings SETTINGS = new DatabaseSettings(Duration.ofSeconds(1), Duration.ofSeconds(30),
            2, Duration.ofSeconds(30), Duration.ZERO, Duration.ofMillis(200), Duration.ofSeconds(30));

    @Test
    void instancesStartedTogetherOnANewDatabaseMigrateItOnceAndEveryTableHasAPrimaryKey() throws Exception {
        MariaDbTestDatabase db = MariaDbTestDatabase.another();
        List<HikariDataSource> pools = new ArrayList<>();
        List<SchemaMigration> instances = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                HikariDataSource pool = new HikariDataSource();
                pool.setJdbcUrl(db.url());
                pool.setUsername(db.username());
                pool.setPassword(db.password());
                pool.setMaximumPoolSize(4);
                pools.add(pool);
            }
            for (HikariDataSource pool : pools) {
                FlywayConfigurationProperties flyway = new FlywayConfigurationProperties("default");
                flyway.setLocations("classpath:db/migration");
                instances.add(new SchemaMigration(pool, flyway, SETTINGS, ApplicationEventPublisher.noOp()));
            }
            for (SchemaMigration instance : instances) {
                instance.awaitReady(Duration.ofMinutes(2));
            }
        } finally {
            instances.forEach(SchemaMigration::stop);
            pools.forEach(HikariDataSource::close);
        }
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            int migrations = count(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE type = 'SQL'");
            assertTrue(migrations > 0);
            assertEquals(migrations, count(c, "SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE type = 'SQL'"),
                    "each migration applied once");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"), "no failed migration");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM " + MigrationLock.TABLE), "the lock released");
            List<String> withoutKey = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = DATABASE() "
                            + "AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints k "
                            + "WHERE k.table_schema = t.table_schema AND k.table_name = t.table_name "
                            + "AND k.constraint_type = 'PRIMARY KEY')")) {
                while (rs.next()) {
                    withoutKey.add(rs.getString(1));
                }
            }
            assertEquals(List.of(), withoutKey, "tables without a primary key");
            assertTrue(count(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()") > 5);
        }
    }

    @Test
    void theLockLetsOneHolderInAtATime() throws Exception {
        MariaDbTestDatabase db = MariaDbTestDatabase.get();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> holders = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                holders.add(threads.submit(() -> {
                    try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
                        for (int round = 0; round < 2; round++) {
                            new MigrationLock(Duration.ofSeconds(30)).holding(c, () -> {
                                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                sleep(150);
                                inside.decrementAndGet();
                            });
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> holder : holders) {
                holder.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, most.get(), "never two holders at once");
    }

    @Test
    void aLeaseWhoseHolderDiedIsTakenOver() throws Exception {
        MariaDbTestDatabase db = MariaDbTestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            new MigrationLock(Duration.ofSeconds(30)).holding(c, () -> { }); // makes the table
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO " + MigrationLock.TABLE + " (id, holder, expires_at) "
                        + "VALUES (1, 'an instance that died', DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 SECOND))");
            }
            AtomicInteger ran = new AtomicInteger();
            long start = System.nanoTime();
            new MigrationLock(Duration.ofSeconds(30)).holding(c, ran::incrementAndGet);
            assertEquals(1, ran.get());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "taken over, not waited out");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM " + MigrationLock.TABLE));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int count(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
