package uk.mashline.wiring;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The service's logging, set up in code rather than read from a logback.xml: parsing the XML was about an eighth
 * of the main thread's start-up. One line per event; message bodies and phone numbers are never logged (code logs
 * ids, routes and counts only). {@code MASH_LOG_FORMAT} picks the line's form: {@code text} (the default) or
 * {@code json} (one JSON object a line, for a log shipper: logback's own JSON lines with time, level, thread, logger,
 * the formatted message, MDC and key-value pairs and an exception's class, message and frames; not the raw
 * arguments, already in the message, nor the logger context); the same events either way. Any other value leaves
 * the root logger without an appender, and {@link LogFormatCheck} stops the start. {@code LOG_LEVEL} sets the root
 * level (INFO). Each variable is read as logback reads a variable: the context's property, a system property, then
 * the environment.
 * <p>
 * A configuration file named with {@code -Dlogback.configurationFile} is honoured: this configurator then steps
 * aside for logback's own. Found by logback through {@code META-INF/services}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogbackConfiguration extends ContextAwareBase implements Configurator {

    static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{36} - "
            + "%replace(%msg){'[\\r\\n]+', ' '}%n%replace(%ex{short}){'[\\r\\n]+', ' | '}";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String format = variable(context, "MASH_LOG_FORMAT", "text");
        Encoder<ILoggingEvent> encoder = switch (format) {
            case "text" -> text(context);
            case "json" -> json(context);
            default -> null;
        };
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(variable(context, "LOG_LEVEL", "INFO"), Level.DEBUG));
        for (String quiet : new String[] {"opennlp", "com.zaxxer.hikari", "org.flywaydb", "io.micronaut.context.env"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        if (encoder != null) {
            ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
            appender.setContext(context);
            appender.setName(format);
            appender.setEncoder(encoder);
            appender.start();
            root.addAppender(appender);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Encoder<ILoggingEvent> text(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(TEXT_PATTERN);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> json(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }

    /** As logback's {@code ${NAME:-fallback}}: the context's property, a system property, the environment. */
    private static String variable(LoggerContext context, String name, String fallback) {
        String value = context.getProperty(name);
        if (value == null) {
            value = System.getProperty(name);
        }
        if (value == null) {
            value = System.getenv(name);
        }
        return value == null ? fallback : value;
    }
}
