package uk.mashline.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNull;

/** The same grouped writes and look-ups on the embedded H2 that {@code scripts/run} uses. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupedStoreH2Test extends GroupedStoreMariaDbTest {

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    @Test
    void theMySqlDriverGetsTheSettingsFromConfiguration() {
        assertNull(datasource.getDataSourceProperties().getProperty("rewriteBatchedStatements"),
                "the MySQL driver's settings are not given to H2");
    }
}
