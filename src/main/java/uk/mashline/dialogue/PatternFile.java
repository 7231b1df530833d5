package uk.mashline.dialogue;

import uk.mashline.nlu.RuleFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A data file of regular expressions, one a line, optionally labelled ({@code LABEL<TAB>regex});
 * blank lines and lines starting with # are skipped.
 */
public final class PatternFile {

    /** A regular expression and the label its line gives it (a role, a kind of harm). */
    public record Labelled(String label, Pattern pattern, GatedPattern gated) {

        public Labelled(String label, Pattern pattern) {
            this(label, pattern, GatedPattern.of(pattern));
        }

        /** Whether the regex finds a match in {@code text}, tried only where a match can begin ({@link GatedPattern}). */
        public boolean foundIn(String text) {
            return gated.foundIn(text);
        }

        /** Whether any of {@code lines} labelled {@code label} is found in {@code text} (already as the cues read it). */
        public static boolean anyFound(List<Labelled> lines, String label, String text) {
            return lines.stream().anyMatch(l -> l.label().equals(label) && l.foundIn(text));
        }
    }

    private PatternFile() {
    }

    /**
     * Whether any of {@code patterns} finds a match in {@code text} (as its reader prepared it): the one loop every reader of
     * an unlabelled cue file wrote for itself.
     */
    public static boolean anyFound(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    public static List<Pattern> fromClasspath(String resource) {
        return lines(resource).stream().map(String::strip).map(Pattern::compile).toList();
    }

    /**
     * Lines of {@code LABEL<TAB>regex}, in file order (first match wins where it is read), with the rule files' syntax:
     * a {@code define<TAB>NAME<TAB>regex} line names a fragment later lines use as {@code {NAME}} (a child's "im 13 and"
     * before every question about the line, written once).
     */
    public static List<Labelled> labelledFromClasspath(String resource) {
        List<Labelled> labelled = new ArrayList<>();
        RuleFile file = new RuleFile(resource);
        file.read(RuleFile.classpathLines(resource), fields -> {
            if (fields.length != 2) {
                throw new IllegalStateException("expected LABEL<TAB>regex");
            }
            labelled.add(new Labelled(fields[0].trim(), file.compile(fields[1].trim())));
        });
        return List.copyOf(labelled);
    }

    /**
     * A message as the cue files are written for it: lower case (UK), curly apostrophes made straight, "" for none. One
     * place for what every cue reader in this package did on its own.
     */
    public static String cueText(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.UK).replace('\u2019', '\'');
    }

    /** Lines that become patterns only once a placeholder in them is filled in (they do not compile as they are). */
    public static List<String> templatesFromClasspath(String resource) {
        return lines(resource).stream().map(String::strip).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = PatternFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("pattern file not found on the classpath: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
