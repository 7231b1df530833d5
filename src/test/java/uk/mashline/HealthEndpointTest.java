package uk.mashline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.testsupport.SharedService;
import uk.mashline.testsupport.StaffAccountsForTests;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /health as anyone sees it (status only) and as staff see it (details); error bodies never carry exception text. */
@SharedService
class HealthEndpointTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StaffUsers users;

    @BeforeEach
    void accounts() {
        StaffAccountsForTests.ensure(users);
    }

    @Test
    void anonymousSeesTheStatusOnly() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
        assertEquals(200, response.code());
        String body = response.body();
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertFalse(body.contains("details") || body.contains("jdbc") || body.contains("h2") || body.contains("journal"), body);
    }

    @Test
    void staffSeeTheDetails() {
        HttpResponse<Map> response = client.toBlocking().exchange(
                StaffAccountsForTests.asReviewer(HttpRequest.GET("/health")), Map.class);
        assertEquals("UP", response.body().get("status"));
        assertTrue(String.valueOf(response.body().get("details")).contains("jdbc"), "staff see the database: " + response.body());
    }

    @Test
    void errorBodiesNeverEchoExceptionText() {
        String[][] attempts = {
            {"/api/chat/west-sussex/messages", "{\"text\": \"unterminated"},
            {"/api/chat/west-sussex/messages", "{\"text\": {\"nested\": [1,2]}}"},
            {"/api/chat/west-sussex/messages", "[1, 2, 3]"},
        };
        for (String[] attempt : attempts) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                    .exchange(HttpRequest.POST(attempt[0], attempt[1]).contentType(MediaType.APPLICATION_JSON_TYPE), String.class));
            assertEquals(400, e.getStatus().getCode(), attempt[1]);
            String body = e.getResponse().getBody(String.class).orElse("");
            for (String leak : new String[] {"Exception", "exception", "Unexpected", "uk.mashline", "com.fasterxml",
                    "io.micronaut", "line:", "column", "Failed to convert", "unterminated", "nested"}) {
                assertFalse(body.contains(leak), attempt[1] + " -> " + body);
            }
            assertTrue(body.contains("999"), body);
        }
        HttpClientResponseException wrongMethod = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.DELETE("/api/chat/west-sussex/messages"), String.class));
        assertFalse(wrongMethod.getResponse().getBody(String.class).orElse("").contains("Method"),
                wrongMethod.getResponse().getBody(String.class).orElse(""));
    }
}
