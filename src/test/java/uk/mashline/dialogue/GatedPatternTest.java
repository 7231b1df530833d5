package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A gated cue finds exactly what its regex finds, for every cue file the dialogue reads, on every training line. */
class GatedPatternTest {

    private static final List<String> CUE_FILES = List.of("dialogue/caller-roles.tsv", "dialogue/disclosures.tsv",
            "dialogue/online-images.tsv", "dialogue/follow-ups.tsv");

    @Test
    void aGatedCueFindsWhatItsRegexFinds() throws IOException {
        List<String> texts = trainingLines();
        List<String> differ = new ArrayList<>();
        int found = 0;
        for (String file : CUE_FILES) {
            for (PatternFile.Labelled cue : PatternFile.labelledFromClasspath(file)) {
                GatedPattern gated = GatedPattern.of(cue.pattern());
                for (String text : texts) {
                    // as the detectors read a message
                    String t = text.toLowerCase(Locale.UK).replace('\u2019', '\'').strip();
                    boolean expected = cue.pattern().matcher(t).find();
                    if (expected) {
                        found++;
                    }
                    if (gated.foundIn(t) != expected) {
                        differ.add(file + " " + cue.label() + " | " + t);
                    }
                }
            }
        }
        assertTrue(found > 500, "matches " + found);
        assertEquals(List.of(), differ);
    }

    @Test
    void aRegexWhoseLiteralsCannotBeReadAlwaysRuns() {
        assertTrue(GatedPattern.of(Pattern.compile("\\bknife\\b", Pattern.CASE_INSENSITIVE)).foundIn("a KNIFE"));
        assertTrue(GatedPattern.of(Pattern.compile("(?i)\\bknife\\b")).foundIn("a KNIFE"));
        assertFalse(GatedPattern.of(Pattern.compile("\\bknife\\b")).foundIn("a KNIFE"));
    }

    private static List<String> trainingLines() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("intents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".tsv")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        texts.add(line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line);
                    }
                }
            }
        }
        return texts;
    }
}
