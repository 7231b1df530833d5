package uk.mashline;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class HealthEndpointTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void healthIsUpAndReportsTheDatabase() {
        HttpResponse<Map> response = client.toBlocking().exchange("/health", Map.class);
        assertEquals(200, response.code());
        Map<?, ?> body = response.body();
        assertEquals("UP", body.get("status"));
        assertTrue(String.valueOf(body.get("details")).contains("jdbc"), "health details name the database: " + body);
    }
}
