package uk.mashline.console.security;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The console's limits moved from minutes in {@code mash-console.*} to {@code Duration}s in
 * {@code mash.console.*}: the environment variables still count minutes, and the defaults are unchanged.
 */
class ConsoleSecuritySettingsTest {

    @Test
    void theDefaultsAreTheOldOnes() {
        try (ApplicationContext context = ApplicationContext.run()) {
            ConsoleSecuritySettings settings = context.getBean(ConsoleSecuritySettings.class);
            assertEquals(new ConsoleSecuritySettings(Duration.ofMinutes(15), Duration.ofMinutes(480), 12), settings);
        }
    }

    @Test
    void theVariablesStillCountMinutes() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("MASH_SESSION_IDLE_MINUTES", "30",
                "MASH_SESSION_ABSOLUTE_MINUTES", "60", "MASH_PASSWORD_MIN_LENGTH", "14"))) {
            ConsoleSecuritySettings settings = context.getBean(ConsoleSecuritySettings.class);
            assertEquals(Duration.ofMinutes(30), settings.idleTimeout());
            assertEquals(Duration.ofHours(1), settings.absoluteTimeout());
            assertEquals(14, settings.minPasswordLength());
        }
    }
}
