package uk.mashline.dialogue;

import uk.mashline.nlu.PatternPrefilter;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A cue's regular expression with a cheap test in front: the literals every match starts with
 * ({@link PatternPrefilter#literalGate}). Most messages hold none of a cue's words, and the
 * regex is then not run at all; when the literals cannot be read, it always is. So a cue finds
 * exactly what its regex finds. Every turn asks dozens of cues (role, disclosure, follow-up,
 * online harm), which ran each regex over the whole message.
 */
record GatedPattern(Pattern pattern, Predicate<String> gate) {

    static GatedPattern of(Pattern pattern) {
        return new GatedPattern(pattern, PatternPrefilter.literalGate(pattern));
    }

    /** Whether the regex finds a match in {@code text}. */
    boolean foundIn(String text) {
        return gate.test(text) && pattern.matcher(text).find();
    }
}
