package uk.mashline.channels.twilio;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service with Twilio on but no public URL would check signatures against the Host header a sender chooses: it refuses to start. */
class PublicUrlStartupTest {

    @Test
    void twilioWithoutAPublicUrlIsAClearStartUpError() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> ApplicationContext.run(Map.of(
                "mash.twilio.auth-token", "a-token", "mash.public-url", "", "mash.database.startup-wait", "0s"), "test").close());
        assertTrue(causes(e).contains("MASH_PUBLIC_URL is required when TWILIO_AUTH_TOKEN is set"), causes(e));
    }

    @Test
    void aPublicUrlThatIsNotABaseUrlIsAClearStartUpError() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> ApplicationContext.run(Map.of(
                "mash.twilio.auth-token", "a-token", "mash.public-url", "advice.example.org",
                "mash.database.startup-wait", "0s"), "test").close());
        assertTrue(causes(e).contains("MASH_PUBLIC_URL must be an http(s) base URL"), causes(e));
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
