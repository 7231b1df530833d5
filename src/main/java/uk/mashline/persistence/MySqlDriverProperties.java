package uk.mashline.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives MySQL and MariaDB connections the driver settings in {@code mash.mysql-driver-properties}
 * and the failover settings of {@link DatabaseSettings}. They cannot go under
 * {@code datasources.default.data-source-properties}: Micronaut rewrites those keys to kebab case,
 * which the driver does not know, so they were silently ignored there. The embedded H2 gets none.
 */
@Singleton
class MySqlDriverProperties implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final String properties;
    private final DatabaseSettings settings;

    MySqlDriverProperties(MySqlDriverSettings driver, DatabaseSettings settings) {
        this.properties = driver.mysqlDriverProperties();
        this.settings = settings;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getJdbcUrl() == null ? config.getUrl() : config.getJdbcUrl();
        if (url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
            failover(config);
            for (String pair : properties.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    config.addDataSourceProperty(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return config;
    }

    /**
     * Connector/J's multi-host failover ({@code jdbc:mysql://h1,h2,h3/db}). By default a connection
     * that failed over to another host is read-only, so every write after a node died would fail:
     * on a cluster where every node takes writes (Galera, InnoDB Cluster) it must stay writable.
     */
    private void failover(DatasourceConfiguration config) {
        config.addDataSourceProperty("failOverReadOnly", "false");
        config.addDataSourceProperty("connectTimeout", String.valueOf(settings.connectTimeout().toMillis()));
        config.addDataSourceProperty("socketTimeout", String.valueOf(settings.socketTimeout().toMillis()));
        config.addDataSourceProperty("retriesAllDown", String.valueOf(settings.retriesAllDown()));
        config.addDataSourceProperty("secondsBeforeRetrySource", String.valueOf(settings.primaryRetryAfter().toSeconds()));
        // back to the first host by time only, not after a count of statements
        config.addDataSourceProperty("queriesBeforeRetrySource", "0");
    }
}
