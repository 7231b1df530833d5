package uk.mashline;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A load balancer, anonymous, still sees an instance that is down as 503, without the details. */
@MicronautTest(transactional = false)
@Property(name = "test.health-down", value = "true")
class HealthDownTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anonymousGets503WithoutDetailsWhenAnIndicatorIsDown() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/health"), String.class));
        assertEquals(503, e.getStatus().getCode());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertFalse(body.contains("details") || body.contains("test-down"), body);
    }

    @Singleton
    @Requires(property = "test.health-down", value = "true")
    static class Down implements HealthIndicator {
        @Override
        public Publisher<HealthResult> getResult() {
            return Mono.just(HealthResult.builder("test-down", HealthStatus.DOWN).details("secret detail").build());
        }
    }
}
