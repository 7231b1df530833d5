package uk.mashline.dialogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** A data file of regular expressions, one a line; blank lines and lines starting with # are skipped. */
public final class PatternFile {

    private PatternFile() {
    }

    public static List<Pattern> fromClasspath(String resource) {
        try (InputStream in = PatternFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("pattern file not found on the classpath: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Pattern::compile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
