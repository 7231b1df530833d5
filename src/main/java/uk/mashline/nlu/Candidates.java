package uk.mashline.nlu;

import java.util.Arrays;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The patterns that may match one message, and the word starts where each may. */
public final class Candidates {

    private static final int[] NONE = new int[0];
    private final BitSet anywhere;
    /** Of those run anywhere, the ones that can only match at the text's start: one try there finds what a search would. */
    private final BitSet atStartOnly;
    /**
     * Of those not run anywhere, the ones with an alternative that can only match at the text's start
     * ({@code ^(?!.*\byesterday\b)|\bnow\b}): tried there before the word starts where the others may begin.
     */
    private final BitSet atStartToo;
    /** How many sets of words each pattern's alternative {@code ^...} needs (see {@link PatternPrefilter}); null: none. */
    private final int[] startNeeds;
    /** Of those sets, the ones this text has a word of, a bit a set; made at the first word found. */
    private int[] startMet;
    /** The patterns given a place by {@link #add}: with those run anywhere or at the start, the ones {@link #nextPossible} walks. */
    private final BitSet placed = new BitSet();
    /** Made at the first {@link #nextPossible}, once every place is known. */
    private BitSet possible;
    private final int[][] starts;
    private final int[] counts;
    /**
     * This thread's matchers, one a pattern, reset for each text rather than made again: a matcher of a long
     * alternation is costly to make (its arrays are sized by the regex's groups). Null for the test oracle.
     */
    private final Matcher[] matchers;
    /**
     * The prefilter's patterns, and each as matched ({@link FirstCharGuards}: the same matches at fewer tries); null
     * for the test oracle, which runs the patterns it is given.
     */
    private final Pattern[] originals;
    private final Pattern[] guarded;
    /** For each pattern, literals one of which the text must hold for it to match (null: none known); null for the oracle. */
    private final String[][] required;

    Candidates(int size, BitSet anywhere, BitSet atStartOnly, BitSet atStartToo, int[] startNeeds, Matcher[] matchers,
               Pattern[] originals, Pattern[] guarded, String[][] required) {
        this.anywhere = anywhere;
        this.atStartOnly = atStartOnly;
        this.atStartToo = atStartToo;
        this.startNeeds = startNeeds;
        this.starts = new int[size][];
        this.counts = new int[size];
        this.matchers = matchers;
        this.originals = originals;
        this.guarded = guarded;
        this.required = required;
    }

    void add(int pattern, int at) {
        int[] list = starts[pattern];
        int count = counts[pattern];
        if (list == null) {
            list = new int[2];
            starts[pattern] = list;
            placed.set(pattern);
        } else if (list[count - 1] == at) {
            return;
        } else if (count == list.length) {
            list = Arrays.copyOf(list, count * 2);
            starts[pattern] = list;
        }
        list[count] = at;
        counts[pattern] = count + 1;
    }

    /** A word of set {@code set} of the words pattern {@code pattern}'s alternative {@code ^...} needs is in the text. */
    void meet(int pattern, int set) {
        if (startMet == null) {
            startMet = new int[counts.length];
        }
        startMet[pattern] |= 1 << set;
    }

    /** Whether pattern {@code index} is to be tried at the text's start: an alternative {@code ^...} of it may match there. */
    private boolean atStart(int index) {
        if (atStartToo.get(index)) {
            return true;
        }
        int needs = startNeeds == null ? 0 : startNeeds[index];
        return needs > 0 && startMet != null && startMet[index] == (1 << needs) - 1;
    }

    /**
     * The first pattern from {@code from} on that may match in the text ({@link #possible}), or -1: the risk rules walk
     * these few rather than asking of each of their hundreds of patterns in turn. Asked only once the text's candidates
     * are all found.
     */
    public int nextPossible(int from) {
        if (possible == null) {
            BitSet all = (BitSet) placed.clone();
            all.or(anywhere);
            all.or(atStartToo);
            for (int i = 0; startMet != null && i < startMet.length; i++) {
                if (atStart(i)) {
                    all.set(i);
                }
            }
            possible = all;
        }
        return possible.nextSetBit(from);
    }

    /** False when pattern {@code index} cannot match anywhere in the text. */
    public boolean possible(int index) {
        return anywhere.get(index) || counts[index] > 0 || atStart(index);
    }

    /**
     * A matcher of {@code pattern} over {@code text}, its whole text as region, with transparent bounds (lookbehinds and
     * word boundaries see the text around a region) and without anchoring ones ({@code ^} matches only at the text's
     * start): over the whole text these are the same as a new matcher's.
     */
    private Matcher matcher(int index, Pattern given, CharSequence text) {
        // the guarded form only of the very pattern the prefilter was built with at that index
        Pattern pattern = guarded != null && originals[index] == given ? guarded[index] : given;
        Matcher m = matchers == null ? null : matchers[index];
        if (m == null || m.pattern() != pattern) {
            m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (matchers != null) {
                matchers[index] = m;
            }
            return m;
        }
        return m.reset(text);
    }

    /**
     * False when {@code text} holds none of the literals every match of pattern {@code index} needs: then it is not run.
     * Asked of the text as it is now (the risk rules blank phrases in theirs between one pattern and the next), and only
     * of the very pattern the prefilter read them from.
     */
    private boolean mayMatch(int index, Pattern given, CharSequence text) {
        String[] any = required == null || originals[index] != given ? null : required[index];
        if (any == null) {
            return true;
        }
        for (String literal : any) {
            if (indexOf(text, literal) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(CharSequence text, String literal) {
        if (text instanceof String s) {
            return s.indexOf(literal);
        }
        if (text instanceof StringBuilder b) {
            return b.indexOf(literal);
        }
        // a text of another kind is not looked in: the pattern is run
        return 0;
    }

    /**
     * Whether pattern {@code index} ({@code pattern}) is found in {@code text}: the text the candidates
     * were found in, with {@code offset} characters put before it (the risk rules pad it with a space).
     */
    public boolean finds(int index, Pattern pattern, CharSequence text, int offset) {
        if (anywhere.get(index)) {
            if (!mayMatch(index, pattern, text)) {
                return false;
            }
            Matcher m = matcher(index, pattern, text);
            return atStartOnly.get(index) ? m.lookingAt() : m.find();
        }
        int count = counts[index];
        boolean atStart = atStart(index);
        if (count == 0 && !atStart || !mayMatch(index, pattern, text)) {
            return false;
        }
        int[] at = starts[index] == null ? NONE : starts[index];
        Matcher m = matcher(index, pattern, text);
        if (atStart && m.lookingAt()) {
            return true;
        }
        for (int i = 0; i < count; i++) {
            if (m.region(at[i] + offset, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** What to do with each match {@link #eachMatch} finds. */
    @FunctionalInterface
    public interface Found {
        void at(int start, int end);
    }

    /**
     * Each match of pattern {@code index} in {@code text} (offset as for {@link #finds}), leftmost first and not
     * overlapping, as {@link Matcher#find} gives them: tried only at the word starts where it may begin, since a
     * match can begin nowhere else. The action may change characters before the end of the match it is given, and must
     * not use this pattern's prefilter (its matcher is this thread's).
     */
    public void eachMatch(int index, Pattern pattern, CharSequence text, int offset, Found found) {
        if (anywhere.get(index)) {
            if (!mayMatch(index, pattern, text)) {
                return;
            }
            Matcher m = matcher(index, pattern, text);
            if (atStartOnly.get(index)) {
                if (m.lookingAt()) {
                    found.at(m.start(), m.end());
                }
                return;
            }
            while (m.find()) {
                found.at(m.start(), m.end());
            }
            return;
        }
        int count = counts[index];
        boolean atStart = atStart(index);
        if (count == 0 && !atStart || !mayMatch(index, pattern, text)) {
            return;
        }
        int[] at = starts[index] == null ? NONE : starts[index];
        Matcher m = matcher(index, pattern, text);
        int from = 0;
        if (atStart && m.lookingAt()) {
            found.at(m.start(), m.end());
            from = m.end() == m.start() ? m.end() + 1 : m.end();
        }
        for (int i = 0; i < count; i++) {
            int start = at[i] + offset;
            if (start >= from && m.region(start, text.length()).lookingAt()) {
                found.at(m.start(), m.end());
                // as find: the next search starts where this match ended, one further after an empty match
                from = m.end() == m.start() ? m.end() + 1 : m.end();
            }
        }
    }
}
