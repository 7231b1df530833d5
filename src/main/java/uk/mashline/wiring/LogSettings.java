package uk.mashline.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How log lines are written ({@code mash.log-format}, {@code MASH_LOG_FORMAT}). Logback reads the variable
 * itself before the service starts; {@link LogFormatCheck} stops a start with a value logback cannot write.
 *
 * @param logFormat {@code text} or {@code json}
 */
@ConfigurationProperties("mash")
public record LogSettings(@Bindable(defaultValue = "text") String logFormat) {
}
