package uk.mashline.bench;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With mash.bench.enabled the bare endpoint answers, anonymously. */
@MicronautTest(transactional = false)
@Property(name = "mash.bench.enabled", value = "true")
class BenchPingEnabledTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void pingAnswersPong() {
        assertEquals("pong", client.toBlocking().retrieve("/bench/ping"));
    }
}
