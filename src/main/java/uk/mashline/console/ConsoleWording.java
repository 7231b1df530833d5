package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.context.MessageSourceUtils;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * The console's wording, kept out of Java in {@code console/messages.properties} and read through
 * Micronaut's {@link MessageSource} (the pages' templates read the same keys). British English;
 * {@code {0}}, {@code {1}}... are the arguments in order.
 */
@Factory
public class ConsoleWording {

    public static final Locale LOCALE = Locale.UK;

    @Singleton
    MessageSource consoleMessages() {
        return new ResourceBundleMessageSource("console.messages", LOCALE);
    }

    /** The text for a key; an unknown key is a programming error and fails loudly. */
    public static String text(MessageSource messages, String key, Object... args) {
        return messages.getRequiredMessage(key, MessageSource.MessageContext.of(LOCALE, MessageSourceUtils.variables(args)));
    }
}
