package uk.mashline.testsupport;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Base for tests that run the service on the run's own MariaDB database.
 * Use with {@code @MicronautTest(transactional = false)} and
 * {@code @TestInstance(PER_CLASS)}.
 */
public abstract class MariaDbTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(MariaDbTestDatabase.get().datasourceProperties());
        properties.putAll(extraProperties());
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
