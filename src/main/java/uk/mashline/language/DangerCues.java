package uk.mashline.language;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Immediate-risk cues in a language the intent model was not trained on: a child being hit now,
 * a weapon, sexual abuse, someone not breathing, an overdose, suicide, a child missing or left
 * alone. Aimed at recall, as the English rules are: a false alarm costs a 999 line, a miss costs
 * a child.
 */
public final class DangerCues {

    /** A shout for help ("Pomocy!", "Socorro") is danger in a message of at most this many words. */
    public static final int CRY_MAX_WORDS = 4;

    private DangerCues() {
    }

    /** The first kind of danger the text shows, with the cue that matched ("hitting:bije"). */
    public static Optional<String> find(LanguagePack pack, String text) {
        return read(pack, text).danger();
    }

    /**
     * facts-48: whether the text tells of harm as a habit and not now - a cue a habit softened and no danger besides
     * ("sąsiad bije swoje dzieci prawie codziennie"): a worry to pass on, answered as a report (LanguageGate).
     */
    public static boolean toldAsHabit(LanguagePack pack, String text) {
        Reading reading = read(pack, text);
        return reading.danger().isEmpty() && reading.softened();
    }

    /** The danger found, if any, and whether a habit softened a cue on the way. */
    private record Reading(Optional<String> danger, boolean softened) {
    }

    private static Reading read(LanguagePack pack, String text) {
        String spaced = spaced(text);
        String folded = harmlessBlanked(pack, " " + spaced + " ");
        boolean shout = spaced.isEmpty() || spaced.split(" ").length <= CRY_MAX_WORDS;
        // "often alone in the evenings", "hits them most days": a habit softens the cues of being left alone and the plain
        // words of hitting, never a child gone, strangled or threatened (Habit)
        boolean habit = pack.habit().toldAsHabit(folded, pack.substring());
        boolean softened = false;
        for (Map.Entry<String, List<String>> kind : ordered(pack)) {
            if (kind.getKey().equals("cry") && !shout) {
                continue;
            }
            for (String cue : kind.getValue()) {
                if (!matches(folded, cue, pack.substring())) {
                    continue;
                }
                if (habit && pack.habit().softens(kind.getKey(), cue)) {
                    softened = true;
                    continue;
                }
                return new Reading(Optional.of(kind.getKey() + ":" + cue), softened);
            }
        }
        return new Reading(Optional.empty(), softened);
    }

    /**
     * The text without the file's harmless phrases ("tabledi ar gyfer ei asthma": tablets for her asthma), each blanked
     * where a word starts it: the cue inside such a phrase tells no danger, and any cue elsewhere is still read.
     */
    private static String harmlessBlanked(LanguagePack pack, String folded) {
        String out = folded;
        for (String phrase : pack.harmless()) {
            // facts-43: where cues match anywhere in a word (Chinese has no spaces: "我儿子整天在打游戏"), a harmless phrase is
            // blanked wherever it stands too; elsewhere only where a word starts it
            out = pack.substring() ? out.replace(phrase, " ") : out.replace(" " + phrase, " ");
        }
        // facts-44: where a list of phrases cannot hold the case, a rule of the file's own (LanguagePack.harmlessRules)
        for (Pattern rule : pack.harmlessRules()) {
            out = rule.matcher(out).replaceAll(" ");
        }
        return out;
    }

    /** Folded, with every run of punctuation and spaces made one space, as cues are written. */
    public static String spaced(String text) {
        return NOT_WORD.matcher(Folding.fold(text)).replaceAll(" ").strip();
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private static List<Map.Entry<String, List<String>>> ordered(LanguagePack pack) {
        return LanguagePack.DANGER_KINDS.stream()
                .map(kind -> Map.entry(kind, pack.dangerCues().getOrDefault(kind, List.of())))
                .toList();
    }

    /** A cue is a word stem or phrase: it matches at the start of a word (any ending), or anywhere. */
    static boolean matches(String folded, String cue, boolean anywhere) {
        for (int at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + 1)) {
            if (anywhere || !Character.isLetterOrDigit(folded.codePointBefore(at))) {
                return true;
            }
        }
        return false;
    }
}
