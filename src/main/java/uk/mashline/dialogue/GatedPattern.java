package uk.mashline.dialogue;

import uk.mashline.nlu.PatternPrefilter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue's regular expression tried only where a match can begin: every match starts with one of the
 * literals {@link PatternPrefilter#startLiterals} reads from it, so the regex is tried at each place
 * such a literal occurs (with the text around it visible to lookbehinds and word boundaries) instead of
 * searched at every position. Most messages hold none of a cue's words, and the regex is then not run
 * at all; when the literals cannot be read, it searches the whole text as before. So a cue finds exactly
 * what its regex finds. Every turn asks dozens of cues (role, disclosure, follow-up, online harm).
 */
record GatedPattern(Pattern pattern, String[] literals) {

    static GatedPattern of(Pattern pattern) {
        return new GatedPattern(pattern, PatternPrefilter.startLiterals(pattern));
    }

    /** Whether the regex finds a match in {@code text}. */
    boolean foundIn(String text) {
        if (literals == null) {
            return pattern.matcher(text).find();
        }
        Matcher m = null;
        for (String literal : literals) {
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (m.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
