package uk.mashline.persistence;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the service reaches its database and keeps going when a node of a cluster dies
 * ({@code mash.database}). The driver settings apply to MySQL and MariaDB URLs, which may list
 * several hosts ({@code jdbc:mysql://h1:3306,h2:3306,h3:3306/mash}): the first is the one this
 * instance writes to, the others take over when it fails.
 *
 * @param connectTimeout    how long a new connection waits for a host before the driver tries the next
 * @param socketTimeout     a backstop for statements that set no limit of their own: a connection that
 *                          gets no byte for this long fails (the turn writer's limit is
 *                          {@code mash.store.network-timeout})
 * @param retriesAllDown    how many rounds over the host list a new connection makes before it fails
 *                          when no host answers
 * @param primaryRetryAfter after a failover, how long a connection stays on the surviving host before
 *                          it tries its first host again
 * @param startupWait       how long start-up waits for the schema to be migrated before the service
 *                          opens its port; zero in production, so a service started while the database
 *                          is away answers at once (with the safety reply) and migrates when it comes
 * @param migrationRetry    how often a migration that could not reach the database is tried again
 * @param migrationLease    how long the cluster-wide migration lock lasts unless its holder renews it;
 *                          an instance that died while migrating holds the others up this long at most
 */
@ConfigurationProperties("mash.database")
public record DatabaseSettings(
        @Bindable(defaultValue = "1s") Duration connectTimeout,
        @Bindable(defaultValue = "30s") Duration socketTimeout,
        @Bindable(defaultValue = "2") int retriesAllDown,
        @Bindable(defaultValue = "30s") Duration primaryRetryAfter,
        @Bindable(defaultValue = "0s") Duration startupWait,
        @Bindable(defaultValue = "2s") Duration migrationRetry,
        @Bindable(defaultValue = "30s") Duration migrationLease) {
}
