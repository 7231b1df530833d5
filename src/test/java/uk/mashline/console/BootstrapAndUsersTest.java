package uk.mashline.console;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.persistence.AuditEventRepository;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bootstrap ADMIN from the environment, and user administration through the API. */
@MicronautTest(transactional = false)
@Property(name = "mash.console.bootstrap.username", value = "first.admin")
@Property(name = "mash.console.bootstrap.password", value = "bootstrap password 1")
class BootstrapAndUsersTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AuditEventRepository auditEvents;

    @Test
    void theBootstrapAdminCanManageUsers() {
        List<Map> before = client.toBlocking().retrieve(HttpRequest.GET("/api/staff/users").basicAuth("first.admin", "bootstrap password 1"),
                Argument.listOf(Map.class));
        assertEquals(1, before.size());
        assertEquals("ADMIN", before.get(0).get("role"));
        assertTrue(before.get(0).keySet().stream().noneMatch(k -> String.valueOf(k).toLowerCase().contains("hash")));

        Map<?, ?> created = client.toBlocking().retrieve(HttpRequest.POST("/api/staff/users",
                Map.of("username", "new.reviewer", "role", "REVIEWER", "password", "a fine long password"))
                .basicAuth("first.admin", "bootstrap password 1"), Map.class);
        long id = ((Number) created.get("id")).longValue();
        assertEquals(200, client.toBlocking().exchange(HttpRequest.GET("/api/staff/conversations").basicAuth("new.reviewer", "a fine long password")).code());
        assertEquals(403, status(HttpRequest.GET("/api/staff/users").basicAuth("new.reviewer", "a fine long password")));

        client.toBlocking().exchange(HttpRequest.POST("/api/staff/users/" + id + "/role", Map.of("role", "ADMIN")).basicAuth("first.admin", "bootstrap password 1"));
        assertEquals(200, client.toBlocking().exchange(HttpRequest.GET("/api/staff/users").basicAuth("new.reviewer", "a fine long password")).code());

        assertEquals(400, status(HttpRequest.POST("/api/staff/users", Map.of("username", "weak.one", "role", "REVIEWER", "password", "short"))
                .basicAuth("first.admin", "bootstrap password 1")));
        assertEquals(400, status(HttpRequest.POST("/api/staff/users", Map.of("username", "new.reviewer", "role", "REVIEWER", "password", "another long password"))
                .basicAuth("first.admin", "bootstrap password 1")));

        client.toBlocking().exchange(HttpRequest.POST("/api/staff/users/" + id + "/disable", Map.of()).basicAuth("first.admin", "bootstrap password 1"));
        assertEquals(401, status(HttpRequest.GET("/api/staff/conversations").basicAuth("new.reviewer", "a fine long password")));
        assertTrue(auditEvents.findByActorOrderByIdAsc("first.admin").stream().anyMatch(e -> e.action().equals("USER_UPDATE")
                && e.detail().contains("role REVIEWER->ADMIN")));
        assertTrue(auditEvents.findByActorOrderByIdAsc("system").stream().anyMatch(e -> e.action().equals("USER_CREATE")
                && e.detail().contains("first.admin")));

        Map<?, ?> audit = client.toBlocking().retrieve(HttpRequest.GET("/api/staff/audit?actor=first.admin&action=USER_CREATE")
                .basicAuth("first.admin", "bootstrap password 1"), Map.class);
        assertEquals(1, ((Number) audit.get("totalSize")).intValue());

        // the last enabled admin cannot lock everyone out
        long firstId = ((Number) before.get(0).get("id")).longValue();
        assertEquals(400, status(HttpRequest.POST("/api/staff/users/" + firstId + "/disable", Map.of()).basicAuth("first.admin", "bootstrap password 1")));
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(request));
        return e.getStatus().getCode();
    }
}
