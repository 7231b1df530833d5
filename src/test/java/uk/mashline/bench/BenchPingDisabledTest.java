package uk.mashline.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** By default (production) the bench endpoint does not exist. */
@MicronautTest(transactional = false)
class BenchPingDisabledTest {

    @Inject
    ApplicationContext context;

    @Test
    void noBenchEndpointUnlessEnabled() {
        assertTrue(context.findBeanDefinition(BenchPingController.class).isEmpty());
    }
}
