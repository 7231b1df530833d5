package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guard states only what its group already needs: the rewritten regex finds the same matches, with the same groups,
 * as the original, for every regex of the dialogue's cue files and the NLU's rule files; and a group that can match
 * nothing, or whose first characters cannot be read, gets none.
 */
class FirstCharGuardsTest {

    @Test
    void aGroupOfAlternativesIsGuardedByTheCharactersItsMatchesBeginWith() {
        assertEquals(".*(?=[dpw])\\b(?:parcels?|drugs?|weed)\\b", FirstCharGuards.guarded(".*\\b(?:parcels?|drugs?|weed)\\b"));
        // a capturing group, a nested group, a class and an escaped mark
        assertEquals("(?=[\\'abx])(a|b(?=[cde])(?:c|d|e)|[x']y)", FirstCharGuards.guarded("(a|b(?:c|d|e)|[x']y)"));
        // an optional first part adds what follows it
        assertEquals("(?=[abcd])(?:a?b|c|d)", FirstCharGuards.guarded("(?:a?b|c|d)"));
        // the guard goes before the assertions the group follows, at the same place
        assertEquals("(?=[xyz])\\b(?<!not )(?:x|y|z)", FirstCharGuards.guarded("\\b(?<!not )(?:x|y|z)"));
    }

    /** perf-47: a word boundary after look-arounds at one place is tested before them (it fails at most places, cheaply). */
    @Test
    void aWordBoundaryAfterLookAroundsIsTestedFirst() {
        assertEquals("\\b(?<!told )(?<!as )(?:\\w+ )?staff", FirstCharGuards.guarded("(?<!told )(?<!as )\\b(?:\\w+ )?staff"));
        // after a group's guard at the same place, which is cheaper; a "\b" already first, or quantified, or inside a
        // look-behind, stays
        assertEquals("(?=[xyz])\\b(?<!not )(?:x|y|z)", FirstCharGuards.guarded("(?<!not )\\b(?:x|y|z)"));
        for (String regex : List.of("\\b(?<!not )x", "(?<!not )\\b?x", "^\\bx", "(?<!(?<!a)\\bnot )x", "(?<!a)(\\bx)")) {
            assertEquals(regex, FirstCharGuards.guarded(regex), regex);
        }
    }

    @Test
    void aGroupThatCanMatchNothingOrBeginAnywhereIsLeftAlone() {
        for (String regex : List.of("(?:a|b|)", "(?:a|b|c)?", "(?:a|b|c)*", "(?:a|b|c){0,2}", "(?:a|b|.)", "(?:a|b|\\w)",
                "(?:a|b|[^c])", "(a|b|\\1)", "(?:a|b)", "(?i)(?:a|b|c)", "(?i:a|b|c)", "(?<=(?:a|b|c))x",
                "(?:a|b|c", "a)", "[a-z]{2,3}(?:x")) {
            assertEquals(regex, FirstCharGuards.guarded(regex), regex);
        }
        Pattern insensitive = Pattern.compile("(?:a|b|c)", Pattern.CASE_INSENSITIVE);
        assertSame(insensitive, FirstCharGuards.guarded(insensitive));
    }

    /** The hottest cue of TurnCpuBench's texts (JFR): its look-ahead over the whole message is guarded. */
    @Test
    void theExploitationCuesLookAheadIsGuarded() throws IOException {
        String line = Files.readAllLines(Path.of("src/main/resources/dialogue/criminal-exploitation.tsv")).stream()
                .filter(l -> l.startsWith("crimestoppers\t^(?:(?=.*\\b(?:parcels?")).findFirst().orElseThrow();
        String regex = line.substring(line.indexOf('\t') + 1);
        assertTrue(FirstCharGuards.guarded(regex).startsWith("^(?:(?=.*(?=["), FirstCharGuards.guarded(regex));
    }

    @Test
    void everyCueAndRuleFindsTheSameMatchesGuarded() throws IOException {
        List<String> texts = texts();
        List<Pattern> patterns = patterns();
        int guarded = 0;
        int matches = 0;
        List<String> differ = new ArrayList<>();
        for (Pattern original : patterns) {
            Pattern rewritten = FirstCharGuards.guarded(original);
            if (rewritten == original) {
                continue;
            }
            guarded++;
            for (String text : texts) {
                Matcher a = original.matcher(text);
                Matcher b = rewritten.matcher(text);
                while (true) {
                    boolean found = a.find();
                    if (found != b.find()) {
                        differ.add(original.pattern() + " | " + text);
                        break;
                    }
                    if (!found) {
                        break;
                    }
                    matches++;
                    if (a.start() != b.start() || a.end() != b.end() || !groups(a).equals(groups(b))) {
                        differ.add(original.pattern() + " | " + text);
                        break;
                    }
                }
                if (differ.size() >= 10) {
                    break;
                }
            }
        }
        assertTrue(guarded > 200, "guarded " + guarded + " of " + patterns.size());
        assertTrue(matches > 5_000, "matches " + matches);
        assertEquals(List.of(), differ);
    }

    private static List<String> groups(Matcher m) {
        List<String> groups = new ArrayList<>();
        for (int g = 0; g <= m.groupCount(); g++) {
            groups.add(m.start(g) + ":" + m.end(g));
        }
        return groups;
    }

    // every field of every line of the cue and rule files that compiles as a regex (once its {DEFINES} are filled in)
    private static List<Pattern> patterns() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/main/resources/dialogue")),
                Files.walk(Path.of("src/main/resources/nlu")))) {
            files = walk.filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            RuleFile rules = new RuleFile(file.toString()).define("PLACE", "somewhere");
            rules.read(Files.readAllLines(file), fields -> {
                for (String field : fields) {
                    try {
                        patterns.add(Pattern.compile(rules.expand(field.strip())));
                    } catch (RuntimeException notARegex) {
                        // wording, or a template filled in later
                    }
                }
            });
        }
        return patterns;
    }

    // the training lines, raw and as the detectors read them
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("intents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i += 4) {
                    String line = lines.get(i);
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String text = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
                        texts.add(text.toLowerCase(Locale.UK).replace('\u2019', '\'').strip());
                        if (i % 16 == 0) {
                            texts.add(text);
                        }
                    }
                }
            }
        }
        return texts;
    }
}
