package uk.mashline.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import uk.mashline.nlu.PatternPrefilter;

/**
 * Where the literals of every dialogue cue occur in a message, found in one walk of the message for all cues. A turn
 * asks about 340 cues of the same text (TurnCpuBench's texts: 135,240 asks of 21 texts in 400 turns), and each cue
 * searched the text for each of its start literals, then checked the whole literal by a binary search: the literal
 * searches were about a fifth of a turn's thread (JFR). Here the literals of all cues are one trie, walked once from each
 * place in the message; a cue then reads the places its literals begin, and tries its regex there alone.
 *
 * <p>Cues are registered as they are made ({@link #register}); the trie is made again when a cue registered after it
 * is asked about (the escalation policies' stage cues are made on a partnership's first turn), so the few rebuilds
 * happen while the line warms up. The places of a text are kept for the thread's last text, as every cue of a turn asks
 * about the same one.
 */
final class LiteralPlaces {

    /** How a literal counts at a place. */
    private static final int ANYWHERE = 0;
    /** Only where a word begins: the cue's regex begins with {@code \b} and the literal with a word character. */
    private static final int AT_WORD_START = 1;
    /** Only at the text's start: a literal an alternative {@code ^...} begins with. */
    private static final int AT_TEXT_START = 2;

    /** A key no literal is needed for: always held (a set of needed words with an empty one). */
    static final int ALWAYS = -1;

    /** What a cue asks about: its literals' places, and the keys its start's literals and needed words are kept under. */
    record Keys(int places, int start, int[][] needs, int last) {
    }

    private record Literal(String text, int key, int how) {
    }

    private static final List<Literal> LITERALS = new ArrayList<>();
    private static final Map<String, Keys> REGISTERED = new HashMap<>();
    private static int keyCount;
    private static volatile Trie trie = new Trie(List.of(), 0);

    private static final ThreadLocal<Found> LAST = new ThreadLocal<>();

    private LiteralPlaces() {
    }

    /**
     * Registers a cue by its regex and the starts read from it: the literals a match must begin with, none empty (and
     * whether only where a word begins), the literals one of which the text must begin with for its alternative
     * {@code ^...}, and the sets of words that alternative needs somewhere in the text (for each such alternative, one
     * word of each set). The same regex registered again (each application context makes its dialogue anew) gets the
     * keys it got, so the trie does not grow with every context a test run starts.
     */
    static synchronized Keys register(Pattern regex, PatternPrefilter.Starts starts, boolean atWordStartOnly) {
        return REGISTERED.computeIfAbsent(regex.flags() + "/" + regex.pattern(), r -> keysFor(starts, atWordStartOnly));
    }

    /**
     * Registers literals one of which a text must hold anywhere for a cue to match ({@link uk.mashline.nlu.RequiredLiterals}):
     * their key is the keys' {@code places}, which {@link Found#has} answers; nothing is asked of a start.
     */
    static synchronized Keys registerRequired(Pattern regex, java.util.Set<String> literals) {
        return REGISTERED.computeIfAbsent("required/" + regex.flags() + "/" + regex.pattern(), r -> {
            int key = keyCount++;
            for (String literal : literals) {
                LITERALS.add(new Literal(literal, key, ANYWHERE));
            }
            return new Keys(key, ALWAYS, new int[0][], key);
        });
    }

    private static Keys keysFor(PatternPrefilter.Starts starts, boolean atWordStartOnly) {
        int places = keyCount++;
        for (String literal : starts.literals()) {
            boolean wordStart = atWordStartOnly && isWordCharacter(literal.charAt(0));
            LITERALS.add(new Literal(literal, places, wordStart ? AT_WORD_START : ANYWHERE));
        }
        String[] startLiterals = starts.startLiterals();
        // an empty start literal: every text begins with it
        int start = startLiterals != null && Arrays.asList(startLiterals).contains("") ? ALWAYS : keyCount++;
        if (start != ALWAYS && startLiterals != null) {
            for (String literal : startLiterals) {
                LITERALS.add(new Literal(literal, start, AT_TEXT_START));
            }
        }
        String[][][] needs = starts.startNeeds();
        int[][] needKeys = new int[needs == null ? 0 : needs.length][];
        for (int a = 0; a < needKeys.length; a++) {
            needKeys[a] = new int[needs[a].length];
            for (int s = 0; s < needs[a].length; s++) {
                if (Arrays.asList(needs[a][s]).contains("")) {
                    needKeys[a][s] = ALWAYS;
                    continue;
                }
                int key = keyCount++;
                needKeys[a][s] = key;
                for (String word : needs[a][s]) {
                    LITERALS.add(new Literal(word, key, ANYWHERE));
                }
            }
        }
        return new Keys(places, start, needKeys, keyCount - 1);
    }

    /** The places of the registered literals in {@code text}: this thread's last text's, or found now. */
    static Found in(String text, Keys asking) {
        Trie current = trie;
        if (asking.last() >= current.keys) {
            current = rebuilt(asking.last());
        }
        Found last = LAST.get();
        if (last != null && last.trie == current && last.holds(text)) {
            return last;
        }
        Found found = new Found(current, text);
        LAST.set(found);
        return found;
    }

    private static synchronized Trie rebuilt(int key) {
        if (key >= trie.keys) {
            trie = new Trie(List.copyOf(LITERALS), keyCount);
        }
        return trie;
    }

    // a character \b counts as a word's (java.util.regex: a letter or digit, or '_')
    static boolean isWordCharacter(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The places found in one text: for each key, where its literals begin (the last found first). */
    static final class Found {

        private final Trie trie;
        private final String text;
        /**
         * One more than the index of a key's first place in {@link #place}, 0 for none (a new array's own zeros: filling
         * it with -1 for every text was a twentieth of a turn's thread, JFR under TurnCpuBench); then each place's next
         * in {@link #next}, -1 after the last.
         */
        private final int[] first;
        private int[] place = new int[32];
        private int[] next = new int[32];
        private int count;
        /** The keys with a place, each once, in the order first found: what {@link GatedCues} reads instead of every key. */
        private int[] seen = new int[16];
        private int seenCount;

        private Found(Trie trie, String text) {
            this.trie = trie;
            this.text = text;
            this.first = new int[trie.keys];
            trie.walk(text, this);
        }

        private void add(int key, int at) {
            // one place a key: the same literal twice, or two of a cue's literals beginning at one place
            int head = first[key] - 1;
            if (head >= 0 && place[head] == at) {
                return;
            }
            if (head < 0) {
                if (seenCount == seen.length) {
                    seen = Arrays.copyOf(seen, seenCount * 2);
                }
                seen[seenCount++] = key;
            }
            if (count == place.length) {
                place = Arrays.copyOf(place, count * 2);
                next = Arrays.copyOf(next, count * 2);
            }
            place[count] = at;
            next[count] = head;
            first[key] = ++count;
        }

        /**
         * Whether these are the places of {@code other}: the same string, or an equal one. Not by hash: the callers
         * lower-case the text for each cue they ask (a new string each time when a message has a capital), and hashing a
         * new string reads all of it, about 390 times a turn (JFR under TurnCpuBench: 35 of 593 samples of the turn's
         * thread), where equality is one vectorised compare.
         */
        boolean holds(String other) {
            return text == other || text.equals(other);
        }

        /** How many keys have a place: {@link #seenKey} 0 up to this. */
        int seenKeys() {
            return seenCount;
        }

        /** The {@code i}th key found to have a place. */
        int seenKey(int i) {
            return seen[i];
        }

        /** Whether a literal of the key occurs where it counts. */
        boolean has(int key) {
            return key == ALWAYS || first[key] > 0;
        }

        /** The key's first place to read (an index for {@link #at} and {@link #after}), or -1. */
        int firstOf(int key) {
            return first[key] - 1;
        }

        int at(int index) {
            return place[index];
        }

        int after(int index) {
            return next[index];
        }
    }

    /**
     * The literals as one trie, flattened into one array so that a walk reads neighbouring memory. A node at offset
     * {@code o}: {@code nodes[o]} is twice its number of children, plus one when literals end at it; then, when they do,
     * three counts (of the keys that count anywhere, with those that count only where a word begins, with those that
     * count only at the text's start: most places are inside words and read the first group alone) and those keys in
     * that order; then a (character, child offset) pair a child, sorted by character. Nodes are laid out depth first,
     * so a node's first child follows it. The root is at offset 0.
     *
     * <p>nlu-49: the trie was five parallel arrays (children's range, characters, children, the ends' ranges, keys),
     * so each step down read four places far apart in 8.6 MB: a turn's one walk of its text (about 240 steps) was
     * 7-11% of the turn's thread (JFR under TurnCpuBench), nearly all of it waiting on memory. Here a step reads one
     * or two cache lines, and the array is smaller. The walk adds the same keys at the same places in the same order.
     */
    private static final class Trie {

        private final int keys;
        private final int[] nodes;
        /** The root's child for each ASCII character, or -1: every place looks up its first character here. */
        private final int[] rootAscii = new int[128];

        /**
         * Made from the literals sorted, in one depth-first visit that writes the arrays as it goes: a tree of map
         * nodes first (as before) held about 25 MB at the peak of start-up, where the service's heap is smallest
         * (LiteralPlaces$Node, TreeMap and their entries: 163,000 of each, class histograms of 5 Dec). The visit's
         * parallel arrays are then written into the one array the walk reads.
         */
        private Trie(List<Literal> literals, int keys) {
            this.keys = keys;
            Literal[] sorted = literals.toArray(Literal[]::new);
            Arrays.sort(sorted, Comparator.comparing(Literal::text));
            int most = 1;
            for (Literal literal : sorted) {
                most += literal.text().length();
            }
            Building b = new Building(sorted, most);
            b.visit(0, sorted.length, 0);
            this.nodes = b.laidOut();
            for (char c = 0; c < 128; c++) {
                rootAscii[c] = child(0, c);
            }
        }

        /**
         * The arrays while they are written. Nodes are numbered in the order visited, each literal's nodes near each other
         * for the walk; a node's edges are kept when it is visited, before its children, so that they follow the edges
         * of the nodes numbered before it, and each edge gets its child's number when the child is visited.
         */
        private static final class Building {
            private final Literal[] sorted;
            private final int[] edgeFrom;
            private final char[] edgeChar;
            private final int[] edgeChild;
            private final int[] endFrom;
            private final int[] endKey;
            private int nodes;
            private int edges;
            private int ends;

            Building(Literal[] sorted, int mostNodes) {
                this.sorted = sorted;
                edgeFrom = new int[mostNodes + 1];
                edgeChar = new char[mostNodes];
                edgeChild = new int[mostNodes];
                endFrom = new int[3 * mostNodes + 1];
                endKey = new int[sorted.length];
            }

            /** The node of the literals {@code sorted[from..to)}, which share their first {@code depth} characters. */
            int visit(int from, int to, int depth) {
                int n = nodes++;
                // sorted: the literals that end here come first
                int inner = from;
                while (inner < to && sorted[inner].text().length() == depth) {
                    inner++;
                }
                for (int how = ANYWHERE; how <= AT_TEXT_START; how++) {
                    endFrom[3 * n + how] = ends;
                    for (int i = from; i < inner; i++) {
                        if (sorted[i].how() == how) {
                            endKey[ends++] = sorted[i].key();
                        }
                    }
                }
                edgeFrom[n] = edges;
                int first = edges;
                for (int i = inner; i < to; i = nextChar(i, to, depth)) {
                    edgeChar[edges++] = sorted[i].text().charAt(depth);
                }
                int edge = first;
                for (int i = inner; i < to; ) {
                    int next = nextChar(i, to, depth);
                    edgeChild[edge++] = visit(i, next, depth + 1);
                    i = next;
                }
                return n;
            }

            private int nextChar(int i, int to, int depth) {
                char c = sorted[i].text().charAt(depth);
                int j = i + 1;
                while (j < to && sorted[j].text().charAt(depth) == c) {
                    j++;
                }
                return j;
            }

            /**
             * The visited nodes in one array, in the order they were numbered (depth first), each node's counts, keys
             * and children together (see {@link Trie}). A node's edges end where the next node's begin, and so do its ends.
             */
            int[] laidOut() {
                int[] offset = new int[nodes];
                int size = 0;
                for (int n = 0; n < nodes; n++) {
                    offset[n] = size;
                    int ending = endsTo(n) - endFrom[3 * n];
                    size += 1 + (ending > 0 ? 3 + ending : 0) + 2 * (edgesTo(n) - edgeFrom[n]);
                }
                int[] out = new int[size];
                for (int n = 0; n < nodes; n++) {
                    int at = offset[n];
                    int firstEnd = endFrom[3 * n];
                    int ending = endsTo(n) - firstEnd;
                    int children = edgesTo(n) - edgeFrom[n];
                    out[at++] = 2 * children + (ending > 0 ? 1 : 0);
                    if (ending > 0) {
                        out[at++] = endFrom[3 * n + 1] - firstEnd;
                        out[at++] = endFrom[3 * n + 2] - firstEnd;
                        out[at++] = ending;
                        System.arraycopy(endKey, firstEnd, out, at, ending);
                        at += ending;
                    }
                    for (int e = edgeFrom[n]; e < edgeFrom[n] + children; e++) {
                        out[at++] = edgeChar[e];
                        out[at++] = offset[edgeChild[e]];
                    }
                }
                return out;
            }

            private int endsTo(int n) {
                return n + 1 < nodes ? endFrom[3 * n + 3] : ends;
            }

            private int edgesTo(int n) {
                return n + 1 < nodes ? edgeFrom[n + 1] : edges;
            }
        }

        /** The child for {@code c} of the node at offset {@code node}, or -1. */
        private int child(int node, char c) {
            int head = nodes[node];
            int at = node + 1;
            if ((head & 1) != 0) {
                at += 3 + nodes[at + 2];
            }
            return child(at, head >>> 1, c);
        }

        /** The child for {@code c} among the {@code children} (character, offset) pairs from {@code at}, or -1. */
        private int child(int at, int children, char c) {
            int[] t = nodes;
            if (children <= 8) {
                // most nodes below the first levels have one child or a few: the pairs are read on in one cache line
                for (int i = at; i < at + 2 * children; i += 2) {
                    int k = t[i];
                    if (k >= c) {
                        return k == c ? t[i + 1] : -1;
                    }
                }
                return -1;
            }
            int low = 0;
            int high = children - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int k = t[at + 2 * middle];
                if (k < c) {
                    low = middle + 1;
                } else if (k > c) {
                    high = middle - 1;
                } else {
                    return t[at + 2 * middle + 1];
                }
            }
            return -1;
        }

        void walk(String text, Found found) {
            int[] t = nodes;
            int n = text.length();
            for (int start = 0; start < n; start++) {
                boolean wordStart = start == 0 || !isWordCharacter(text.charAt(start - 1));
                char c = text.charAt(start);
                int node = c < 128 ? rootAscii[c] : child(0, c);
                for (int k = start + 1; node >= 0; k++) {
                    int head = t[node];
                    int at = node + 1;
                    if ((head & 1) != 0) {
                        // the keys that count here: anywhere, then where a word begins, then at the text's start
                        int to = wordStart ? (start == 0 ? t[at + 2] : t[at + 1]) : t[at];
                        int keysAt = at + 3;
                        for (int d = keysAt; d < keysAt + to; d++) {
                            found.add(t[d], start);
                        }
                        at = keysAt + t[at + 2];
                    }
                    node = k < n ? child(at, head >>> 1, text.charAt(k)) : -1;
                }
            }
        }
    }
}
