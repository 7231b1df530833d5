package uk.mashline.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives MySQL and MariaDB connections the driver settings in {@code mash.mysql-driver-properties}.
 * They cannot go under {@code datasources.default.data-source-properties}: Micronaut rewrites those
 * keys to kebab case, which the driver does not know, so they were silently ignored there.
 * The embedded H2 gets none of them.
 */
@Singleton
class MySqlDriverProperties implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final String properties;

    /** @param properties driver settings as a query string: {@code name=value&name=value} */
    MySqlDriverProperties(@Value("${mash.mysql-driver-properties:}") String properties) {
        this.properties = properties;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getJdbcUrl() == null ? config.getUrl() : config.getJdbcUrl();
        if (url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
            for (String pair : properties.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    config.addDataSourceProperty(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return config;
    }
}
