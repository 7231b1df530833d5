package uk.mashline.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A lock that holds across every node of a MySQL/MariaDB cluster, so instances started together
 * migrate the schema once. Flyway's own lock ({@code GET_LOCK}) is local to the node that takes it:
 * on Galera or a multi-primary InnoDB Cluster, two instances connected to two nodes would both run
 * the same migration, and the loser would leave a failed migration in the history.
 * <p>
 * The lock is one row, taken by inserting it: every node sees the same rows, and two inserts on two
 * nodes at once are settled by the cluster (one is refused as a conflict and tries again). It lasts
 * for a lease its holder keeps renewing, so an instance that died while migrating holds the others
 * up for one lease at most.
 */
final class MigrationLock {

    static final String TABLE = "mash_migration_lock";
    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS `" + TABLE + "` (`id` INT NOT NULL, "
            + "`holder` VARCHAR(64) NOT NULL, `expires_at` DATETIME(6) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB";
    private static final String TAKE = "INSERT INTO `" + TABLE + "` (id, holder, expires_at) "
            + "VALUES (1, ?, DATE_ADD(UTC_TIMESTAMP(6), INTERVAL ? SECOND))";
    // a lease that ran out is taken over; so is one this holder took before its connection failed
    private static final String TAKE_OVER = "UPDATE `" + TABLE + "` SET holder = ?, "
            + "expires_at = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL ? SECOND) "
            + "WHERE id = 1 AND (expires_at < UTC_TIMESTAMP(6) OR holder = ?)";
    private static final String RELEASE = "DELETE FROM `" + TABLE + "` WHERE id = 1 AND holder = ?";
    private static final long WAIT_MILLIS = 250;

    private final String holder = UUID.randomUUID().toString();
    private final Duration lease;

    MigrationLock(Duration lease) {
        this.lease = lease;
    }

    /** Runs {@code work} holding the lock; {@code lockConnection} is in autocommit and used for nothing else meanwhile. */
    void holding(Connection lockConnection, Runnable work) throws SQLException, InterruptedException {
        try (Statement s = lockConnection.createStatement()) {
            s.execute(CREATE);
        }
        take(lockConnection);
        ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "migration-lock-renewal");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, lease.toMillis() / 3);
        renewal.scheduleWithFixedDelay(() -> renew(lockConnection), every, every, TimeUnit.MILLISECONDS);
        try {
            work.run();
        } finally {
            renewal.shutdownNow();
            renewal.awaitTermination(lease.toMillis(), TimeUnit.MILLISECONDS);
            try (PreparedStatement ps = lockConnection.prepareStatement(RELEASE)) {
                ps.setString(1, holder);
                ps.executeUpdate();
            }
        }
    }

    private void take(Connection c) throws SQLException, InterruptedException {
        boolean told = false;
        while (!tryTake(c)) {
            if (!told) {
                LOG.info("another instance is migrating the schema; waiting for it");
                told = true;
            }
            Thread.sleep(WAIT_MILLIS);
        }
    }

    private boolean tryTake(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TAKE)) {
            ps.setString(1, holder);
            ps.setLong(2, lease.toSeconds());
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (SqlErrors.isConflict(e)) {
                return false; // another node inserted it at the same moment and won
            }
            if (!SqlErrors.isDuplicate(e)) {
                throw e;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(TAKE_OVER)) {
            ps.setString(1, holder);
            ps.setLong(2, lease.toSeconds());
            ps.setString(3, holder);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (SqlErrors.isConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    private void renew(Connection c) {
        try (PreparedStatement ps = c.prepareStatement(TAKE_OVER)) {
            ps.setString(1, holder);
            ps.setLong(2, lease.toSeconds());
            ps.setString(3, holder);
            ps.executeUpdate();
        } catch (SQLException e) {
            // the migration fails on the same connection trouble and is tried again
            LOG.warn("could not renew the migration lock: {}", e.getClass().getSimpleName());
        }
    }
}
