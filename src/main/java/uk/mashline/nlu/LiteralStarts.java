package uk.mashline.nlu;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Every place in a text where one of many literals begins, left to right, each place once: what searching the text for
 * each literal in turn and sorting the places found gives, in one pass. The prefilter places a pattern whose match may
 * begin inside a word where its literals occur; the risk rules' "what counts as an emergency" line has 216 of them, and
 * a search of every message for each (in the rules and again in the reassuring wording) was 6% of the understanding step
 * (JFR, nlu-48). One pass looks at each character once: a table says whether any literal begins with it and the next
 * character, and only there one binary search ({@link PatternPrefilter#startsWithAnyAt}) asks whether one begins at that
 * place. Immutable.
 */
final class LiteralStarts {

    private final String[] literals;
    /** For each ASCII character, whether a literal begins with it. */
    private final boolean[] asciiFirst = new boolean[128];
    /** Whether some literal begins with a character beyond ASCII: then such places are asked too. */
    private final boolean otherFirst;
    /**
     * For each two ASCII characters (a bit at the first's code times 128 plus the second's), whether a literal begins
     * with them or is the first alone: a place is asked only where its two characters allow it. nlu-49: the 216 literals of the risk rules' "what counts as an
     * emergency" line begin with only e, i and w, a quarter of a message's characters, and each such place was a binary
     * search; few of those places go on with a second character any literal has.
     */
    private final long[] firstTwo = new long[128 * 128 / 64];
    /** For each ASCII character, whether a literal begins with it and a character beyond ASCII, or is it alone. */
    private final boolean[] otherSecond = new boolean[128];

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
                if (literals[i].length() == 1) {
                    // whatever follows it
                    for (char d = 0; d <= 128; d++) {
                        allow(c, d);
                    }
                } else {
                    allow(c, literals[i].charAt(1));
                }
            } else {
                other = true;
            }
        }
        this.literals = literals.clone();
        this.otherFirst = other;
    }

    private void allow(char first, char second) {
        if (second >= 128) {
            otherSecond[first] = true;
            return;
        }
        int bit = first * 128 + second;
        firstTwo[bit >>> 6] |= 1L << (bit & 63);
    }

    /** Whether a literal may begin at {@code i}, where the text holds {@code c}, an ASCII character some literal begins with. */
    private boolean secondMayFollow(String text, int i, char c) {
        if (i + 1 >= text.length()) {
            // only a literal of one character fits: the binary search says
            return true;
        }
        char d = text.charAt(i + 1);
        if (d >= 128) {
            return otherSecond[c];
        }
        int bit = c * 128 + d;
        return (firstTwo[bit >>> 6] & 1L << (bit & 63)) != 0;
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
            if ((c < 128 ? asciiFirst[c] && secondMayFollow(text, i, c) : otherFirst)
                    && PatternPrefilter.startsWithAnyAt(literals, text, i)) {
                at.accept(i);
            }
        }
    }

    @Override
    public String toString() {
        return "LiteralStarts" + Arrays.toString(literals);
    }
}
