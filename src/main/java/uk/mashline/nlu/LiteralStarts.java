package uk.mashline.nlu;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Every place in a text where one of many literals begins, left to right, each place once: what searching the text for
 * each literal in turn and sorting the places found gives, in one pass. The prefilter places a pattern whose match may
 * begin inside a word where its literals occur; the risk rules' "what counts as an emergency" line has 216 of them, and
 * a search of every message for each (in the rules and again in the reassuring wording) was 6% of the understanding step
 * (JFR, nlu-48). One pass looks at each character once: a table says whether any literal begins with it, and only there
 * one binary search ({@link PatternPrefilter#startsWithAnyAt}) asks whether one begins at that place. Immutable.
 */
final class LiteralStarts {

    private final String[] literals;
    /** For each ASCII character, whether a literal begins with it. */
    private final boolean[] asciiFirst = new boolean[128];
    /** Whether some literal begins with a character beyond ASCII: then such places are asked too. */
    private final boolean otherFirst;

    /**
     * @param literals none empty, sorted, none the beginning of another (as {@link PatternPrefilter#startLiterals} keeps
     *                 them): then the binary search finds one that begins at a place whenever one does
     */
    LiteralStarts(String[] literals) {
        boolean other = false;
        for (int i = 0; i < literals.length; i++) {
            if (literals[i].isEmpty() || i > 0 && (literals[i - 1].compareTo(literals[i]) >= 0
                    || literals[i].startsWith(literals[i - 1]))) {
                throw new IllegalArgumentException("literals must be non-empty, sorted and none the beginning of another");
            }
            char c = literals[i].charAt(0);
            if (c < 128) {
                asciiFirst[c] = true;
            } else {
                other = true;
            }
        }
        this.literals = literals.clone();
        this.otherFirst = other;
    }

    /** Whether these literals can be read by this class (none empty, sorted, none the beginning of another). */
    static boolean suits(String[] literals) {
        try {
            new LiteralStarts(literals);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Each place in {@code text} where a literal begins, in order. */
    void forEach(String text, IntConsumer at) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 128 ? asciiFirst[c] : otherFirst) && PatternPrefilter.startsWithAnyAt(literals, text, i)) {
                at.accept(i);
            }
        }
    }

    @Override
    public String toString() {
        return "LiteralStarts" + Arrays.toString(literals);
    }
}
