package uk.mashline.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.SharedService;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * By default (production) the bench endpoint does not exist: its class is only compiled in the bench
 * profile (src/bench), and even there it needs mash.bench.enabled.
 */
@SharedService
class BenchPingDisabledTest {

    @Inject
    ApplicationContext context;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void noBenchEndpointUnlessEnabled() {
        assertTrue(context.getBeanDefinitions(Object.class).stream()
                .noneMatch(d -> d.getBeanType().getName().equals("uk.mashline.bench.BenchPingController")));
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().retrieve(HttpRequest.GET("/bench/ping")));
        assertTrue(refused.getStatus().getCode() == 401 || refused.getStatus().getCode() == 404, refused.getMessage());
    }
}
