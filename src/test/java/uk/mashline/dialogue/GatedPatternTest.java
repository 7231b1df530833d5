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

/**
 * A gated cue finds exactly what its regex finds (tried only where one of its start literals occurs), for every cue
 * file the dialogue reads, on every training line and on texts made to put those literals at awkward places.
 */
class GatedPatternTest {

    private static final List<String> CUE_FILES = List.of("dialogue/caller-roles.tsv", "dialogue/disclosures.tsv",
            "dialogue/online-images.tsv", "dialogue/follow-ups.tsv");

    @Test
    void aGatedCueFindsWhatItsRegexFinds() throws IOException {
        List<String> texts = trainingLines();
        List<String> differ = new ArrayList<>();
        int found = 0;
        List<String> names = new ArrayList<>();
        List<PatternFile.Labelled> cues = new ArrayList<>();
        for (String file : CUE_FILES) {
            for (PatternFile.Labelled cue : PatternFile.labelledFromClasspath(file)) {
                names.add(file + " " + cue.label());
                cues.add(cue);
            }
        }
        List<GatedPattern> gated = cues.stream().map(cue -> GatedPattern.of(cue.pattern())).toList();
        // text by text, every cue asked about each, as a turn asks them
        for (String text : texts) {
            // as the detectors read a message
            String t = text.toLowerCase(Locale.UK).replace('\u2019', '\'').strip();
            for (int i = 0; i < cues.size(); i++) {
                boolean expected = cues.get(i).pattern().matcher(t).find();
                if (expected) {
                    found++;
                }
                if (gated.get(i).foundIn(t) != expected) {
                    differ.add(names.get(i) + " | " + t);
                }
            }
        }
        assertTrue(found > 500, "matches " + found);
        assertEquals(List.of(), differ);
    }

    /** Every regex of every dialogue cue file, on training lines and on texts made of the regexes' own literals. */
    @Test
    void everyCueOfEveryFileFindsWhatItsRegexFinds() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        dialogueFiles().values().forEach(patterns::addAll);
        List<String> texts = texts(patterns, 20_000);
        List<String> differ = new ArrayList<>();
        int found = 0;
        List<GatedPattern> gated = patterns.stream().map(GatedPattern::of).toList();
        // text by text, as a turn asks every cue about its message (the places of all cues' literals found once a text)
        for (String t : texts) {
            for (int i = 0; i < patterns.size(); i++) {
                boolean expected = patterns.get(i).matcher(t).find();
                found += expected ? 1 : 0;
                if (gated.get(i).foundIn(t) != expected && differ.size() < 20) {
                    differ.add(patterns.get(i).pattern() + " | " + t);
                }
            }
        }
        assertTrue(patterns.size() > 100, "patterns " + patterns.size());
        assertTrue(found > 5000, "matches " + found);
        assertEquals(List.of(), differ);
    }

    /** A regex whose whole start cannot be read is gated alternative by alternative, and still finds what it finds. */
    @Test
    void aRegexIsGatedByItsAlternativesWhereItsWholeStartCannotBeRead() {
        Pattern quotes = Pattern.compile("\\b(?:said|told)\\b|[\"\u201c\u201d]");
        assertEquals(null, uk.mashline.nlu.PatternPrefilter.starts(quotes));
        assertEquals(2, uk.mashline.nlu.PatternPrefilter.alternatives(quotes).size());
        GatedPattern gated = GatedPattern.of(quotes);
        for (String t : List.of("she said no", "he told me", "he retold it", "\"no\"", "\u201cno", "nothing", "unsaid", "")) {
            assertEquals(quotes.matcher(t).find(), gated.foundIn(t), t);
        }
        // inline flags reach past a |, and back references count groups: such a regex is not split
        assertEquals(List.of(), uk.mashline.nlu.PatternPrefilter.alternatives(Pattern.compile("(?i)said|[\"]")));
        assertEquals(List.of(), uk.mashline.nlu.PatternPrefilter.alternatives(Pattern.compile("(a)\\1|b")));
    }

    @Test
    void aRegexWhoseLiteralsCannotBeReadAlwaysRuns() {
        assertTrue(GatedPattern.of(Pattern.compile("\\bknife\\b", Pattern.CASE_INSENSITIVE)).foundIn("a KNIFE"));
        assertTrue(GatedPattern.of(Pattern.compile("(?i)\\bknife\\b")).foundIn("a KNIFE"));
        assertFalse(GatedPattern.of(Pattern.compile("\\bknife\\b")).foundIn("a KNIFE"));
    }

    @Test
    void anAlternativeAtTheTextsStartIsTriedThereAlone() {
        // follow-ups.tsv's "who do I ring" and most cues like it: searched at every position of every message before
        Pattern who = Pattern.compile("^(?:(?:so|and|ok)[ ,.]+)*(?:who|what number) (?:do|should) (?:i|we) (?:ring|call)\\b"
                + "|\\bwho do i ring now\\b");
        uk.mashline.nlu.PatternPrefilter.Starts starts = uk.mashline.nlu.PatternPrefilter.starts(who);
        assertTrue(starts.atTextStart());
        assertEquals(List.of("who do i ring now"), List.of(starts.literals()));
        // tried at the start only when the text begins as such a match must
        // read on through the words that follow: "who do i ring", "what number should we call" (16 such) or "and", "ok", "so"
        List<String> begin = List.of(starts.startLiterals());
        assertEquals(19, begin.size(), begin.toString());
        assertTrue(begin.containsAll(List.of("and", "ok", "so", "who do i ring", "what number should we call")), begin.toString());
        assertEquals(null, uk.mashline.nlu.PatternPrefilter.starts(Pattern.compile("^\\s*who|\\bwhat\\b")).startLiterals(),
                "a start that cannot be read is always tried");
        GatedPattern gated = GatedPattern.of(who);
        for (String t : List.of("who do i ring", "ok, so who should we call", "and who do i ring", "then who do i ring now",
                "\nwho do i ring", "", "who", "so so so who do i call", "and, what number do we call", "what do i ring",
                " who do i ring", "okwho do i ring")) {
            assertEquals(who.matcher(t).find(), gated.foundIn(t), t);
        }
        assertEquals(null, uk.mashline.nlu.PatternPrefilter.starts(Pattern.compile("(?m)^who do i ring")), "^ may start a line");
    }

    @Test
    void aCueBeginningAtAWordBoundaryIsNotTriedInsideAWord() {
        // "he" occurs in "the", "she", "when": a cue beginning \b(?:he|she) cannot match there, and is not tried there
        Pattern hits = Pattern.compile("\\b(?:he|she|my dad) (?:hits?|hurts?) (?:me|us)\\b|^(?:so )?he hit\\b");
        assertTrue(uk.mashline.nlu.PatternPrefilter.beginsAtWordBoundary(hits));
        assertFalse(uk.mashline.nlu.PatternPrefilter.beginsAtWordBoundary(Pattern.compile("\\bhe hits|(?<=x)he hits")));
        assertFalse(uk.mashline.nlu.PatternPrefilter.beginsAtWordBoundary(Pattern.compile("(?:\\bhe|she) hits")));
        GatedPattern gated = GatedPattern.of(hits);
        for (String t : List.of("he hits me", "she hits me", "the he hits me", "thehe hits me", "ashe hits us", "1he hits me",
                "_he hits me", "'he hits me", "-she hurts us", "\u00e9he hits me", "\u00e9 he hits me", "\ud83d\ude00he hits me",
                "so he hit", "he hit", "the she hurts me", "my dad hits me", "tomy dad hits me", "\nhe hits me", "when he hits me")) {
            assertEquals(hits.matcher(t).find(), gated.foundIn(t), t);
        }
    }

    /**
     * Every dialogue file's regexes (tsv: the last column), file by file in name order; a line with a placeholder
     * (stage-taken-to.txt) is a pattern only once filled in, and is left out.
     */
    private static java.util.Map<String, List<Pattern>> dialogueFiles() throws IOException {
        java.util.Map<String, List<Pattern>> byFile = new java.util.LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dialogue"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".txt")).sorted()
                    .toList()) {
                List<Pattern> patterns = new ArrayList<>();
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.strip().startsWith("#")) {
                        continue;
                    }
                    try {
                        patterns.add(Pattern.compile(line.substring(line.lastIndexOf('\t') + 1).strip()));
                    } catch (java.util.regex.PatternSyntaxException template) {
                        // filled in later
                    }
                }
                byFile.put(file.getFileName().toString(), patterns);
            }
        }
        return byFile;
    }

    /**
     * The training lines as the detectors read a message, and {@code made} texts of the regexes' own literals next to
     * each other, inside words, after punctuation, at the start and the end.
     */
    private static List<String> texts(List<Pattern> patterns, int made) throws IOException {
        List<String> texts = new ArrayList<>(trainingLines().stream()
                .map(t -> t.toLowerCase(Locale.UK).replace('\u2019', '\'').strip()).toList());
        java.util.Random random = new java.util.Random(13);
        List<String> pieces = new ArrayList<>(List.of(" ", "", ",", ".", "'", "x", "no ", " i ", "?", "!", "\n"));
        for (Pattern p : patterns) {
            String[] literals = uk.mashline.nlu.PatternPrefilter.startLiterals(p);
            if (literals != null) {
                pieces.addAll(List.of(literals));
            }
            // and those of the alternatives of a regex gated part by part (its whole start unreadable)
            for (Pattern alternative : uk.mashline.nlu.PatternPrefilter.alternatives(p)) {
                String[] own = uk.mashline.nlu.PatternPrefilter.startLiterals(alternative);
                if (own != null) {
                    pieces.addAll(List.of(own));
                }
            }
            // perf-48: and the literals a text must hold for the regex to match (RequiredLiterals)
            java.util.Set<String> required = uk.mashline.nlu.RequiredLiterals.of(p);
            if (required != null) {
                pieces.addAll(required);
            }
            // and the literals a text must begin with for an alternative ^... to be tried at its start
            uk.mashline.nlu.PatternPrefilter.Starts starts = uk.mashline.nlu.PatternPrefilter.starts(p);
            if (starts != null && starts.startLiterals() != null) {
                pieces.addAll(List.of(starts.startLiterals()));
            }
            // and the words an alternative ^(?!...).*\\bX needs somewhere in the text
            if (starts != null && starts.startNeeds() != null) {
                for (String[][] needs : starts.startNeeds()) {
                    for (String[] set : needs) {
                        pieces.addAll(List.of(set));
                    }
                }
            }
        }
        for (int i = 0; i < made; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                t.append(pieces.get(random.nextInt(pieces.size())));
            }
            texts.add(t.toString());
        }
        return texts;
    }

    /**
     * Cues asked together ({@link GatedCues}, which tries only those whose words a text holds) find the cue asking each in
     * turn finds first: file by file, on the training lines and made texts, with and without cues left out.
     */
    @Test
    void cuesAskedTogetherFindTheFirstThatAskingEachFinds() throws IOException {
        java.util.Map<String, List<Pattern>> files = dialogueFiles();
        List<Pattern> all = new ArrayList<>();
        files.values().forEach(all::addAll);
        List<String> texts = texts(all, 5_000);
        List<String> differ = new ArrayList<>();
        int found = 0;
        for (var file : files.entrySet()) {
            List<Pattern> patterns = file.getValue();
            GatedCues together = new GatedCues(patterns.stream().map(GatedPattern::of).toList());
            for (String t : texts) {
                int first = -1;
                int firstOdd = -1;
                for (int i = 0; i < patterns.size() && firstOdd < 0; i++) {
                    if (patterns.get(i).matcher(t).find()) {
                        first = first < 0 ? i : first;
                        firstOdd = i % 2 == 1 ? i : firstOdd;
                    }
                }
                found += first >= 0 ? 1 : 0;
                if ((together.first(t) != first || together.first(t, i -> i % 2 == 1) != firstOdd
                        || together.anyIn(t) != first >= 0) && differ.size() < 20) {
                    differ.add(file.getKey() + " | " + t);
                }
            }
        }
        assertTrue(found > 5000, "texts with a cue found " + found);
        assertEquals(List.of(), differ);
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

    @Test
    void anAlternativeAtTheStartThatNeedsWordsIsTriedOnlyWhenTheTextHoldsThem() {
        // context-questions.tsv's "how long": "^(?!.*\\b(?:complain\\w*)\\b).*\\b(?:how long|when)\\b", tried at the start
        // of every message before
        Pattern howLong = Pattern.compile("^(?!.*\\b(?:disagree\\w*|complain\\w*)\\b).*\\b(?:how long|how soon|when)\\b.{0,40}\\bmash\\b");
        uk.mashline.nlu.PatternPrefilter.Starts starts = uk.mashline.nlu.PatternPrefilter.starts(howLong);
        assertTrue(starts.atTextStart());
        assertEquals(1, starts.startNeeds().length);
        assertEquals(List.of(List.of("how long", "how soon", "when")),
                java.util.Arrays.stream(starts.startNeeds()[0]).map(List::of).toList());
        GatedPattern gated = GatedPattern.of(howLong);
        for (String t : List.of("how long does mash take", "when will the mash ring", "i want to complain, how long will mash take",
                "mash", "how long", "", "so when does\nmash ring", "whenever mash")) {
            assertEquals(howLong.matcher(t).find(), gated.foundIn(t), t);
        }
        // beside another alternative ^...: tried at the start where either may match there
        Pattern either = Pattern.compile("^(?!.*x).*\\bwhen\\b|^so\\b|^(?=.*\\bmash\\b)(?=.*\\bring)|\\bnow\\b");
        GatedPattern both = GatedPattern.of(either);
        for (String t : List.of("so", "so what", "when", "x when", "then", "mash will ring", "mash", "ring mash", "now", "x so",
                "also when", "")) {
            assertEquals(either.matcher(t).find(), both.foundIn(t), t);
        }
        assertEquals(null, uk.mashline.nlu.PatternPrefilter.starts(Pattern.compile("^(?!.*x)|\\bwhen\\b")).startLiterals(),
                "an alternative ^... that needs nothing: tried at every start");
    }
}
