package uk.mashline.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh MariaDB/MySQL database for this test run, so runs never interfere.
 * The server is TEST_MYSQL_URL (a jdbc:mysql:// URL to the server, any database
 * part is ignored) or 127.0.0.1:3306 with root and an empty password;
 * scripts/test installs and starts MariaDB when none answers. The database is
 * dropped when the test JVM exits.
 */
public final class MariaDbTestDatabase {

    private static final String DEFAULT_SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static volatile MariaDbTestDatabase instance;

    private final String serverUrl;
    private final String username;
    private final String password;
    private final String databaseName;

    private MariaDbTestDatabase(String serverUrl, String username, String password) {
        this.serverUrl = serverUrl;
        this.username = username;
        this.password = password;
        this.databaseName = "mash_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static synchronized MariaDbTestDatabase get() {
        if (instance == null) {
            String url = env("TEST_MYSQL_URL", DEFAULT_SERVER);
            MariaDbTestDatabase db = new MariaDbTestDatabase(serverPart(url),
                    env("TEST_MYSQL_USERNAME", "root"), env("TEST_MYSQL_PASSWORD", ""));
            db.create();
            Runtime.getRuntime().addShutdownHook(new Thread(db::drop));
            instance = db;
        }
        return instance;
    }

    /** Another fresh database on the same server, for a test that needs one of its own (dropped at exit). */
    public static MariaDbTestDatabase another() {
        MariaDbTestDatabase first = get();
        MariaDbTestDatabase db = new MariaDbTestDatabase(first.serverUrl, first.username, first.password);
        db.create();
        Runtime.getRuntime().addShutdownHook(new Thread(db::drop));
        return db;
    }

    /** The server's port, for a proxy in front of it. */
    public int port() {
        java.net.URI uri = java.net.URI.create(serverUrl.substring("jdbc:".length()));
        return uri.getPort() < 0 ? 3306 : uri.getPort();
    }

    /** The database's name, the path of its JDBC URL. */
    public String name() {
        return databaseName;
    }

    public String url() {
        return serverUrl + databaseName;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Micronaut properties that point the default datasource at this database. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "datasources.default.url", url(),
                "datasources.default.username", username,
                "datasources.default.password", password);
    }

    private void create() {
        execute("CREATE DATABASE `" + databaseName + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    private void drop() {
        try {
            execute("DROP DATABASE IF EXISTS `" + databaseName + "`");
        } catch (RuntimeException ignored) {
            // the server may already be gone at JVM exit; a leftover test database is harmless
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl, username, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL test server not reachable at " + serverUrl
                    + " (run the tests with scripts/test, which starts it): " + e.getMessage(), e);
        }
    }

    private static String serverPart(String url) {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        return slash < 0 ? url + "/" : url.substring(0, slash + 1);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
