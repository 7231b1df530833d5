package uk.mashline.privacy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.junit.jupiter.api.Test;
import uk.mashline.wiring.LogbackConfiguration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MASH_LOG_FORMAT=json: the service's own logging configuration (wiring.LogbackConfiguration) writes one JSON object a line, the same events as text. */
class JsonLogTest {

    @Test
    void jsonFormatWritesOneObjectALineWithLevelLoggerAndMessage() throws Exception {
        List<String> lines = logWith("json", log -> {
            log.info("journal replayed: {} turns stored", 3);
            log.warn("two\nlines");
        });
        assertEquals(2, lines.size(), String.valueOf(lines));
        for (String line : lines) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), line);
            assertTrue(line.contains("\"loggerName\":\"uk.mashline.Sample\""), line);
        }
        assertTrue(lines.get(0).contains("\"level\":\"INFO\"") && lines.get(0).contains("\"formattedMessage\":\"journal replayed: 3 turns stored\""), lines.get(0));
        assertTrue(lines.get(1).contains("two\\nlines"), "a newline stays inside its line: " + lines.get(1));
    }

    @Test
    void textFormatIsTheDefault() throws Exception {
        List<String> lines = logWith(null, log -> log.info("journal replayed: {} turns stored", 3));
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\dT.* INFO  \\[.*\\] uk.mashline.Sample - journal replayed: 3 turns stored"),
                lines.get(0));
    }

    @Test
    void logbackTakesTheServicesConfigurationWithoutAFile() {
        // found through META-INF/services, as at the service's start: the text appender on the root logger
        LoggerContext running = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        assertTrue(running.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("text") != null);
        assertEquals(Level.WARN, running.getLogger("com.zaxxer.hikari").getLevel());
    }

    // the service's logging configuration, applied afresh; the appender it attached to the root logger writes here
    private static List<String> logWith(String format, java.util.function.Consumer<Events> events) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        // as SLF4J gives the service's own context one
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            if (format != null) {
                context.putProperty("MASH_LOG_FORMAT", format);
            }
            LogbackConfiguration configurator = new LogbackConfiguration();
            configurator.setContext(context);
            configurator.configure(context);
            List<Appender<ILoggingEvent>> attached = new ArrayList<>();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(attached::add);
            assertEquals(1, attached.size(), "one appender on the root logger");
            assertEquals(format == null ? "text" : format, attached.get(0).getName());
            Encoder<ILoggingEvent> encoder = ((OutputStreamAppender<ILoggingEvent>) attached.get(0)).getEncoder();
            ch.qos.logback.classic.Logger logger = context.getLogger("uk.mashline.Sample");
            events.accept(new Events(encoder, logger, captured));
        } finally {
            context.stop();
        }
        return captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    /** Events put through the configured appender's own encoder, as the appender would write them. */
    private record Events(Encoder<ILoggingEvent> encoder, ch.qos.logback.classic.Logger logger, ByteArrayOutputStream out) {

        void info(String message, Object... args) {
            log(Level.INFO, message, args);
        }

        void warn(String message, Object... args) {
            log(Level.WARN, message, args);
        }

        private void log(Level level, String message, Object... args) {
            out.writeBytes(encoder.encode(new LoggingEvent(Events.class.getName(), logger, level, message, null, args)));
        }
    }
}
