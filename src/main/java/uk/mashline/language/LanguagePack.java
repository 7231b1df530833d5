package uk.mashline.language;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the line can say and recognise in one language, from its data file
 * ({@code languages/<code>.yml}): the safety line, the words that tell the language apart in a
 * short text, and the cues of immediate danger. Numbers are never in it: the line's templates
 * take 999, the MASH and Childline from the national and partnership data.
 *
 * @param name        the language's name in English ("Polish"), for staff
 * @param nativeName  its name in itself ("polski")
 * @param provenance  who checked the wording, or that nobody has yet
 * @param lines       the safety line's templates by key ({@link #LINES})
 * @param words       words common in this language and rare in English and in the others here:
 *                    the evidence for a message of a few words, folded ({@link Folding#fold})
 * @param dangerCues  immediate-risk cues by kind ({@link #DANGER_KINDS}), folded
 * @param substring   cues match anywhere in a word (scripts without spaces, Arabic's joined
 *                    prefixes) rather than at a word's start
 * @param letters     letters of its alphabet that English and most others here lack ("łśż"), lower case
 * @param habit       words that tell being left alone as a habit, not an event now ({@link Habit})
 * @param harmless    phrases that hold a danger cue but tell no danger ("fy ffôn ar goll": my phone is lost), folded as
 *                    cues are; a cue elsewhere in the message still counts
 * @param harmlessRules facts-44: the same as rules, regular expressions over the message as cues read it (folded, spaced),
 *                    where a list of phrases cannot hold the case: Ukrainian "ніж" is "than" after a comparative, any
 *                    comparative ("худіші ніж", thinner than), and a knife elsewhere. Each match is blanked, nothing more
 */
public record LanguagePack(
        Language language,
        String name,
        String nativeName,
        Provenance provenance,
        Map<String, String> lines,
        Set<String> words,
        Map<String, List<String>> dangerCues,
        boolean substring,
        String letters,
        Habit habit,
        List<String> harmless,
        List<Pattern> harmlessRules) {

    /** Keys every file's {@code lines} must have. */
    public static final List<String> LINES = List.of("call999", "interpreter", "englishOnly", "childline");

    /**
     * Kinds of immediate danger every file must recognise. "cry" is a shout for help, which counts only in a
     * message of a few words ({@link DangerCues#CRY_MAX_WORDS}): in a longer one, "help" is a request.
     */
    public static final List<String> DANGER_KINDS = List.of("cry", "inDanger", "hitting", "weapon", "sexual", "breathing", "overdose",
            "suicide", "missing");

    /**
     * @param reviewed whether a qualified translator has checked the wording
     * @param note     who checked it and when, or "draft awaiting a qualified translator"
     */
    public record Provenance(boolean reviewed, String note) {
        public Provenance {
            Objects.requireNonNull(note, "note");
        }
    }

    public LanguagePack {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance");
        lines = Map.copyOf(lines);
        words = Set.copyOf(words);
        dangerCues = Map.copyOf(dangerCues);
        letters = letters == null ? "" : letters;
        habit = habit == null ? Habit.NONE : habit;
        harmless = harmless == null ? List.of() : List.copyOf(harmless);
        harmlessRules = harmlessRules == null ? List.of() : List.copyOf(harmlessRules);
        List<String> missing = dangerCues.getOrDefault("missing", List.of());
        for (String cue : habit.alone()) {
            if (!missing.contains(cue)) {
                throw new IllegalArgumentException(language + ": habit.alone \"" + cue + "\" is not one of danger.missing");
            }
        }
        List<String> hitting = dangerCues.getOrDefault("hitting", List.of());
        for (String cue : habit.hits()) {
            if (!hitting.contains(cue)) {
                throw new IllegalArgumentException(language + ": habit.hits \"" + cue + "\" is not one of danger.hitting");
            }
        }
        for (String key : LINES) {
            if (!lines.containsKey(key)) {
                throw new IllegalArgumentException(language + ": lines." + key + " is missing");
            }
        }
        for (String kind : DANGER_KINDS) {
            if (!language.isEnglish() && dangerCues.getOrDefault(kind, List.of()).isEmpty()) {
                throw new IllegalArgumentException(language + ": danger." + kind + " has no cue");
            }
        }
    }

    /** Whether this file has the optional line {@code key} (facts-46: call999Adult, welcome). */
    public boolean has(String key) {
        return lines.containsKey(key);
    }

    public String line(String key) {
        String line = lines.get(key);
        if (line == null) {
            throw new IllegalArgumentException(language + ": no line " + key);
        }
        return line;
    }
}
