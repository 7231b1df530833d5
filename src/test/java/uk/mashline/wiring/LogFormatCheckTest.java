package uk.mashline.wiring;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A MASH_LOG_FORMAT logback has no appender for would leave the service silent: the start stops instead. */
class LogFormatCheckTest {

    @Test
    void textAndJsonAreAcceptedAnythingElseStopsTheStart() {
        assertDoesNotThrow(() -> new LogFormatCheck(new LogSettings("text")));
        assertDoesNotThrow(() -> new LogFormatCheck(new LogSettings("json")));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> new LogFormatCheck(new LogSettings("JSON")));
        assertTrue(e.getMessage().contains("MASH_LOG_FORMAT must be text or json"), e.getMessage());
    }
}
