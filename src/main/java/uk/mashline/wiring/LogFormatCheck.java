package uk.mashline.wiring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;

import java.util.Set;

/**
 * MASH_LOG_FORMAT is read by logback ({@link LogbackConfiguration} picks the appender it names) before the service
 * starts; a value it has no appender for would leave the service silent, so the start stops here and says so,
 * on standard error, since the log itself may be what is missing.
 */
@Context
class LogFormatCheck {

    static final Set<String> FORMATS = Set.of("text", "json");

    LogFormatCheck(LogSettings settings) {
        String format = settings.logFormat();
        if (!FORMATS.contains(format)) {
            String problem = "MASH_LOG_FORMAT must be text or json, not '" + format + "'";
            System.err.println(problem);
            throw new ConfigurationException(problem);
        }
    }
}
