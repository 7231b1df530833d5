package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * perf-48: the literals read as required are required - every text a regex finds a match in holds one - on every
 * dialogue cue, over every training line; and what is read from the shapes the cues are written in.
 */
class RequiredLiteralsTest {

    @Test
    void aRareWordAfterCommonOnesIsWhatATextMustHold() {
        Set<String> lastStage = RequiredLiterals.of(Pattern.compile(
                "\\b(?:we'?re|i am|its)(?: [\\w']+){0,3}? (?:at|to) (?:the )?(?:last|final) (?:stage|step)\\b"));
        // " at the last stage", " to final step"...: every whole text of the run after the words that may be anything
        assertEquals(16, lastStage.size(), lastStage.toString());
        assertTrue(lastStage.containsAll(Set.of(" at the last stage", " to final step")), lastStage.toString());
        // the longest run of known texts wins over a short start
        assertEquals(Set.of("hits me", "hit me"), RequiredLiterals.of(Pattern.compile("\\b(?:he|she).{0,20}\\b(?:hits?) me\\b")));
        // a positive look-ahead's words are in the text too
        assertEquals(Set.of("school"), RequiredLiterals.of(Pattern.compile("^(?=.*\\bschool\\b).*\\bi\\b")));
        // alternatives: one of each's
        assertEquals(Set.of("knife", "gun", "a gun"), RequiredLiterals.of(Pattern.compile("\\bknife\\b|\\b(?:a )?gun\\b")));
        // a class of a few characters is read as them
        assertEquals(Set.of("no.", "no!"), RequiredLiterals.of(Pattern.compile("\\bno[.!]")));
        // at least once: what one needs
        assertEquals(Set.of("haha"), RequiredLiterals.of(Pattern.compile("(?:haha)+")));
    }

    @Test
    void nothingIsReadWhereAPartMayBeAbsentOrTheRegexCannotBeRead() {
        // an alternative with nothing required: no gate
        assertNull(RequiredLiterals.of(Pattern.compile("\\bknife\\b|\\w+")));
        assertNull(RequiredLiterals.of(Pattern.compile("(?:knife)?\\b")));
        assertNull(RequiredLiterals.of(Pattern.compile("(?:knife)*")));
        assertNull(RequiredLiterals.of(Pattern.compile("(?:knife){0,2}")));
        // a negative look-ahead's words are not required
        assertNull(RequiredLiterals.of(Pattern.compile("^(?!.*\\bknife\\b).*")));
        // flags, inline flags, back references: not read
        assertNull(RequiredLiterals.of(Pattern.compile("knife", Pattern.CASE_INSENSITIVE)));
        assertNull(RequiredLiterals.of(Pattern.compile("(?i)knife")));
        assertNull(RequiredLiterals.of(Pattern.compile("(knife)\\1")));
        // too short to turn texts away
        assertNull(RequiredLiterals.of(Pattern.compile("\\bhe\\b")));
    }

    /** Every dialogue cue (where GatedPattern asks it): a text with a match holds a required literal, on every training line. */
    @Test
    void everyTextWithAMatchHoldsARequiredLiteral() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/main/resources/dialogue"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".txt")).sorted()
                        .toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.isBlank() || line.strip().startsWith("#")) {
                            continue;
                        }
                        try {
                            patterns.add(Pattern.compile(line.substring(line.lastIndexOf('\t') + 1).strip()));
                        } catch (java.util.regex.PatternSyntaxException notARegex) {
                            // a template or a word list
                        }
                    }
                }
            }
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("intents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".tsv")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String t = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
                        texts.add(t.replaceAll("<START:[^>]*> | <END>", "").toLowerCase(Locale.UK).replace('\u2019', '\''));
                    }
                }
            }
        }
        int gated = 0;
        int matches = 0;
        List<String> wrong = new ArrayList<>();
        for (Pattern p : patterns) {
            Set<String> required = RequiredLiterals.of(p);
            if (required == null) {
                continue;
            }
            gated++;
            for (String t : texts) {
                if (p.matcher(t).find()) {
                    matches++;
                    if (required.stream().noneMatch(t::contains) && wrong.size() < 10) {
                        wrong.add(p.pattern() + " | " + required + " | " + t);
                    }
                }
            }
        }
        assertTrue(gated > 200, "gated " + gated);
        assertTrue(matches > 2000, "matches " + matches);
        assertEquals(List.of(), wrong);
    }
}
