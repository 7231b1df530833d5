package uk.mashline.metrics;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With MASH_METRICS_TOKEN set, only a scrape that sends it reads the metrics. */
@MicronautTest(transactional = false)
@Property(name = "mash.metrics.token", value = "scrape-secret-1")
class MetricsTokenTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aScrapeWithoutTheTokenOrWithAnotherIs401() {
        for (HttpRequest<?> request : new HttpRequest<?>[]{HttpRequest.GET("/prometheus"),
                HttpRequest.GET("/prometheus").bearerAuth("scrape-secret-2"),
                HttpRequest.GET("/prometheus").basicAuth("scrape-secret-1", "scrape-secret-1")}) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(request, String.class));
            assertEquals(401, e.getStatus().getCode());
            assertTrue(e.getResponse().getHeaders().get("WWW-Authenticate").startsWith("Bearer"));
        }
    }

    @Test
    void aScrapeWithTheTokenReadsTheMetrics() {
        String body = client.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth("scrape-secret-1"));
        assertTrue(body.contains("mash_messages_total"), body.substring(0, Math.min(300, body.length())));
    }
}
