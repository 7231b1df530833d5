package uk.mashline.console;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The console's wording, from classpath:console/messages.properties. */
@Singleton
public class ConsoleMessages {

    private final Properties messages = new Properties();

    public ConsoleMessages() {
        try (InputStream in = ConsoleMessages.class.getResourceAsStream("/console/messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("console/messages.properties missing");
            }
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String key, Object... args) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no console message " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
    }
}
