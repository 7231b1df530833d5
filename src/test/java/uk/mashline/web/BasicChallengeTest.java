package uk.mashline.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A child opening the site, or a mistyped address, never gets a browser password prompt; scripts on the staff API do. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class BasicChallengeTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theRootSendsAVisitorToTheChatWithoutAChallenge() {
        HttpResponse<?> root = client.toBlocking().exchange(HttpRequest.GET("/"));
        assertEquals(303, root.code());
        assertEquals("/chat", root.header(HttpHeaders.LOCATION));
        assertNull(root.header(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void unknownPathsAre404WithoutAChallenge() {
        for (String path : new String[] {"/nope", "/admin", "/chat/west-sussex/extra/bits", "/wp-login.php"}) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET(path)), path);
            assertEquals(404, e.getStatus().getCode(), path);
            assertNull(e.getResponse().header(HttpHeaders.WWW_AUTHENTICATE), path);
        }
    }

    @Test
    void consolePagesNeverChallenge() {
        for (String path : new String[] {"/console/dashboard", "/console/admin/users"}) {
            HttpResponse<?> response;
            try {
                response = client.toBlocking().exchange(HttpRequest.GET(path));
            } catch (HttpClientResponseException e) {
                response = e.getResponse();
            }
            assertNull(response.header(HttpHeaders.WWW_AUTHENTICATE), path + " " + response.code());
        }
    }

    @Test
    void theStaffApiStillChallengesScripts() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/staff/conversations")));
        assertEquals(401, e.getStatus().getCode());
        assertNotNull(e.getResponse().header(HttpHeaders.WWW_AUTHENTICATE));
    }
}
