package uk.mashline.persistence;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Driver settings for MySQL and MariaDB connections ({@code mash.mysql-driver-properties}), applied by
 * {@link MySqlDriverProperties}; the embedded H2 gets none.
 *
 * @param mysqlDriverProperties Connector/J settings as a query string, {@code name=value&name=value}
 *                              (application.yml keeps prepared statements and batches multi-row inserts)
 */
@ConfigurationProperties("mash")
public record MySqlDriverSettings(@Nullable String mysqlDriverProperties) {

    public MySqlDriverSettings {
        mysqlDriverProperties = mysqlDriverProperties == null ? "" : mysqlDriverProperties.strip();
    }
}
