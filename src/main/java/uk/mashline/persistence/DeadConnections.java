package uk.mashline.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import javax.sql.DataSource;

/**
 * When one pooled connection fails, its siblings most likely lead to the same dead node: the pool
 * drops the idle ones at once and the busy ones when they come back, so the next turns open fresh
 * connections, which the multi-host driver makes on a surviving node, instead of each finding a
 * dead one first.
 */
final class DeadConnections {

    private DeadConnections() {
    }

    static void evictAll(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
            }
        }
    }
}
