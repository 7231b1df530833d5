package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes many large regexes cheap to run on a short message. Each pattern that starts at a word
 * boundary with alternatives of plain words ({@code \b(?:knife|gun|...)}) can only match if the
 * message has a word beginning with one of those literal prefixes. The prefixes are read from
 * the regex source once; per message, one walk down a character trie from each word start
 * selects the few patterns worth running, and where. A pattern whose prefixes cannot be worked
 * out is always run, so the filter never changes what matches, only how fast (the risk rules'
 * and the slot phrases' tests compare it with every pattern run everywhere).
 *
 * <p>Shared by the immediate-risk rules and the slot phrases; thread-safe once built.
 */
public final class PatternPrefilter {

    private final List<Pattern> patterns;
    private final BitSet alwaysRun = new BitSet();
    /** Patterns that can only match at the start of the text ({@code ^...}): tried there alone, not at every position. */
    private final BitSet atStartOnly = new BitSet();
    /**
     * Patterns in the trie with an alternative that can only match at the text's start as well: the risk rules' present
     * wording, {@code ^(?!.*\b(?:yesterday|...)\b)|\b(?:now|tonight|...)\b}, which was run at every position.
     */
    private final BitSet atStartToo = new BitSet();
    /**
     * For a pattern whose alternative {@code ^...} needs words somewhere in the text ({@code ^(?!.*{ANY_CHILD}).*{ADULT}}),
     * how many sets of word literals it needs (each set's literals are in the trie as {@code size * (1 + set) + pattern});
     * the start is tried only when a word of each set was found. Null when no pattern has such needs.
     */
    private final int[] startNeeds;
    /** Beyond this many sets, a pattern's needs are not all kept: the first ones still hold. */
    private static final int MAX_NEEDS = 4;
    /**
     * The trie of word-start prefixes, flattened into one array so that a walk reads a few neighbouring cache lines
     * rather than chasing objects (a node, its keys, its children, its patterns) spread over the heap: with the rest of
     * a turn between two messages, the objects' trie was out of the cache, and its walk cost 30-40 microseconds a
     * message where the same walk in a warm cache took 1. A node at offset {@code o}: {@code trie[o]} patterns ending
     * there, those patterns, the number of its children, then a (character, child offset) pair a child, by character.
     * The root is at offset 0.
     */
    private final int[] trie;
    /** The root's child for each ASCII character (-1: none): every word start looks up its first letter here. */
    private final int[] rootAscii;
    /** The patterns, and each as matched: with {@link FirstCharGuards}, read for literals as written. */
    private final Pattern[] originals;
    private final Pattern[] guarded;
    /** Each thread's matchers, reused from message to message (see {@link Candidates}). */
    private final ThreadLocal<Matcher[]> matchers;
    /**
     * Patterns whose matches start with known literals that may begin inside a word ("(?<=used to )self harm"): not
     * in the trie of word starts, but tried only where one of their literals occurs. Before, such a pattern was run
     * at every position of every message (the risk rules' long-past self-harm ignore: most of the classifier's time).
     */
    private final int[] byLiteral;
    private final String[][] literalsOf;
    /** For each of those with several literals, one pass over the text that finds them all (null: searched one by one). */
    private final LiteralStarts[] scanOf;
    /**
     * For each pattern, literals one of which a text must hold for it to match anywhere ({@link RequiredLiterals}), where
     * they say more than the places it is tried at; else null. nlu-50: the risk rules' ignores, the slot phrases' lines
     * led by "i am ..." and the like were run at every place their common first words hold, though the rarer words they
     * need after those were in no message: a look for those words turns such a text away with no regex run.
     */
    private final String[][] required;
    /** A gate of more literals than this costs more searches of the text than the regex it saves. */
    static final int MOST_REQUIRED = 12;

    public PatternPrefilter(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.originals = this.patterns.toArray(Pattern[]::new);
        // nlu-48: far-reaching look-behinds asked after the words they stand before, the same matches at less cost
        this.guarded = this.patterns.stream().map(p -> FirstCharGuards.guarded(WordsBeforeLookBehinds.reordered(p)))
                .toArray(Pattern[]::new);
        List<Integer> literalPatterns = new ArrayList<>();
        List<String[]> literals = new ArrayList<>();
        int size = patterns.size();
        int[] needs = new int[size];
        boolean anyNeeds = false;
        this.required = new String[size][];
        Node root = new Node();
        for (int i = 0; i < size; i++) {
            Set<String> prefixes = RegexLiterals.prefixesOrStartNeeds(patterns.get(i));
            List<String> marks = prefixes == null ? List.of()
                    : prefixes.stream().filter(p -> p.startsWith(RegexLiterals.TEXT_START)).toList();
            if (!marks.isEmpty()) {
                prefixes = new java.util.HashSet<>(prefixes);
                marks.forEach(prefixes::remove);
                // one alternative ^... whose needs can be read: its start is tried only where they are met
                List<Set<String>> sets = marks.size() == 1 ? RegexLiterals.startNeeds(marks.get(0)) : List.of();
                if (sets.isEmpty()) {
                    atStartToo.set(i);
                } else {
                    sets = sets.subList(0, Math.min(MAX_NEEDS, sets.size()));
                    needs[i] = sets.size();
                    anyNeeds = true;
                    for (int set = 0; set < sets.size(); set++) {
                        for (String word : sets.get(set)) {
                            root.add(cut(word), 0, size * (1 + set) + i);
                        }
                    }
                }
            }
            if (prefixes == null) {
                boolean atStart = RegexLiterals.matchesOnlyAtStart(patterns.get(i));
                String[] starts = atStart ? null : startLiterals(patterns.get(i));
                required[i] = requiredBeyond(patterns.get(i), starts == null ? null : Set.of(starts));
                if (starts != null) {
                    literalPatterns.add(i);
                    literals.add(starts);
                    continue;
                }
                alwaysRun.set(i);
                atStartOnly.set(i, atStart);
                continue;
            }
            for (String prefix : prefixes) {
                root.add(cut(prefix), 0, i);
            }
            // placed by a start (^) too: a text's start is no literal, so the literals say more than the words do
            required[i] = requiredBeyond(patterns.get(i), marks.isEmpty() ? prefixes : null);
        }
        this.trie = root.flatten();
        this.rootAscii = new int[128];
        for (char c = 0; c < 128; c++) {
            rootAscii[c] = childScan(trie, 0, trie[0], c);
        }
        this.startNeeds = anyNeeds ? needs : null;
        this.byLiteral = literalPatterns.stream().mapToInt(Integer::intValue).toArray();
        this.literalsOf = literals.toArray(String[][]::new);
        this.scanOf = Arrays.stream(literalsOf)
                .map(l -> l.length > 1 && LiteralStarts.suits(l) ? new LiteralStarts(l) : null).toArray(LiteralStarts[]::new);
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[size]);
    }

    /**
     * The literals one of which a text must hold for {@code pattern} to match, or null when they cannot be read, are too
     * many, or say nothing more than {@code placedBy}: every prefix a pattern is placed by already holding one of them
     * ({@code \b(?:knife|gun)s?\b} needs "knife" or "gun", the very words it is placed at), the look would always find one.
     */
    private static String[] requiredBeyond(Pattern pattern, Set<String> placedBy) {
        Set<String> literals = RequiredLiterals.of(pattern);
        if (literals == null || literals.size() > MOST_REQUIRED) {
            return null;
        }
        if (placedBy != null && placedBy.stream().map(PatternPrefilter::cut)
                .allMatch(place -> literals.stream().anyMatch(place::startsWith))) {
            return null;
        }
        return literals.toArray(String[]::new);
    }

    /** The literals pattern {@code index} is turned away without (sorted), or null: what the tests read. */
    String[] requiredOf(int index) {
        return required[index];
    }

    /** How many of the patterns are searched at every position of every message: where none of their starts can be read. */
    public int searchedEverywhere() {
        return alwaysRun.cardinality();
    }

    /**
     * Where each pattern might match in {@code normalisedText} (words separated by single spaces),
     * found by one trie walk from each word start.
     */
    public Candidates candidates(String normalisedText) {
        int size = patterns.size();
        Candidates result = new Candidates(size, alwaysRun, atStartOnly, atStartToo, startNeeds, matchers.get(), originals,
                guarded, required);
        int n = normalisedText.length();
        int start = 0;
        int[] trie = this.trie;
        while (start < n) {
            int node = 0;
            for (int k = start; node >= 0; k++) {
                int ending = trie[node];
                for (int j = 1; j <= ending; j++) {
                    int pattern = trie[node + j];
                    if (pattern < size) {
                        result.add(pattern, start);
                    } else {
                        result.meet(pattern % size, pattern / size - 1);
                    }
                }
                // a prefix may end with a space ("i am "); the text has an implicit one at its end
                char c = k < n ? normalisedText.charAt(k) : ' ';
                node = k <= n ? child(trie, node, ending, c) : -1;
            }
            int space = normalisedText.indexOf(' ', start);
            if (space < 0) {
                break;
            }
            start = space + 1;
        }
        for (int k = 0; k < byLiteral.length; k++) {
            if (scanOf[k] != null) {
                // the same places as addWhereFound's search for each literal, in the same order, in one pass
                int pattern = byLiteral[k];
                scanOf[k].forEach(normalisedText, at -> result.add(pattern, at));
            } else {
                addWhereFound(result, byLiteral[k], literalsOf[k], normalisedText);
            }
        }
        return result;
    }

    // every place one of the literals occurs, in order (the candidates of a pattern are tried left to right)
    private static void addWhereFound(Candidates result, int pattern, String[] literals, String text) {
        if (literals.length == 1) {
            for (int at = text.indexOf(literals[0]); at >= 0; at = text.indexOf(literals[0], at + 1)) {
                result.add(pattern, at);
            }
            return;
        }
        int[] found = new int[4];
        int count = 0;
        for (String literal : literals) {
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
        }
        Arrays.sort(found, 0, count);
        for (int i = 0; i < count; i++) {
            if (i == 0 || found[i] != found[i - 1]) {
                result.add(pattern, found[i]);
            }
        }
    }

    /** Every pattern run over the whole text: the oracle the tests compare the filter with. */
    public Candidates everywhere() {
        BitSet all = new BitSet();
        all.set(0, patterns.size());
        return new Candidates(patterns.size(), all, new BitSet(), new BitSet(), null, null, null, null, null);
    }

    /**
     * A cheap test to run before {@code pattern} on text that need not be normalised: false only when the
     * text holds none of the literals every match starts with. Always true when those cannot be read.
     */
    public static Predicate<String> literalGate(Pattern pattern) {
        String[] any = startLiterals(pattern);
        if (any == null) {
            return text -> true;
        }
        return text -> {
            for (String literal : any) {
                if (text.contains(literal)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Whether {@code text} begins with one of {@code literals}; null literals (nothing known) allow any text. The literals
     * must be sorted, none the beginning of another (as {@link #startLiterals} and {@link Starts} keep them): then only
     * the greatest literal not after the text can begin it, and one binary search finds it. The dialogue's cues ask this
     * of every message, some with hundreds of literals, and a look at each was 6% of a turn's thread (JFR, bench-cpu).
     */
    public static boolean startsWithAny(String[] literals, String text) {
        return literals == null || startsWithAnyAt(literals, text, 0);
    }

    /**
     * Whether the text from {@code at} on begins with one of {@code literals}, kept as {@link #startsWithAny} keeps them
     * (sorted, none the beginning of another): the same one binary search, on the text's rest without copying it.
     */
    public static boolean startsWithAnyAt(String[] literals, String text, int at) {
        int low = 0;
        int high = literals.length - 1;
        int floor = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (compareAt(literals[middle], text, at) <= 0) {
                floor = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return floor >= 0 && text.startsWith(literals[floor], at);
    }

    // literal.compareTo(text.substring(at)), without the substring
    private static int compareAt(String literal, String text, int at) {
        int rest = text.length() - at;
        int common = Math.min(literal.length(), rest);
        for (int i = 0; i < common; i++) {
            char a = literal.charAt(i);
            char b = text.charAt(at + i);
            if (a != b) {
                return a - b;
            }
        }
        return literal.length() - rest;
    }

    /**
     * The literals one of which every match of {@code pattern} starts with, in text that need not be normalised
     * (so a match can begin only where one of them is), or null when they cannot be read.
     */
    public static String[] startLiterals(Pattern pattern) {
        // the literals are read from the regex as written: flags that change how it reads (case, spaces,
        // literal text, canonical forms) would make them mean something else
        boolean readable = (pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL
                | Pattern.CANON_EQ)) == 0;
        Set<String> literals = readable ? RegexLiterals.prefixes(pattern.pattern(), true) : null;
        if (literals == null) {
            return null;
        }
        // a literal that starts with another adds no place the shorter one does not already give
        return literals.stream().filter(l -> literals.stream().noneMatch(k -> !k.equals(l) && l.startsWith(k)))
                .sorted().toArray(String[]::new);
    }

    /**
     * Where a match of a pattern can begin in text that need not be normalised: at the text's start when
     * {@code atTextStart} (an alternative {@code ^...}, {@code ^} meaning only that), and wherever one of the
     * {@code literals} occurs. {@code startLiterals}, when not null, are the literals one of which the text must begin
     * with for an alternative {@code ^...} to match (null: it may match whatever the text begins with).
     */
    public record Starts(boolean atTextStart, String[] literals, String[] startLiterals, String[][][] startNeeds) {

        /** The start literals kept as {@link #startsWithAny} reads them: sorted, none the beginning of another. */
        public Starts {
            if (startLiterals != null) {
                startLiterals = shortest(new java.util.HashSet<>(Arrays.asList(startLiterals)));
            }
        }

        public Starts(boolean atTextStart, String[] literals) {
            this(atTextStart, literals, null, null);
        }
    }

    /**
     * As {@link #startLiterals}, but a pattern with alternatives that can only match at the text's start
     * ({@code ^(?:so |ok )*(?:who|what) do i ring}, most of the dialogue's follow-up cues) is placed too: tried at the
     * start, instead of searched at every position, and only when the text begins with one of the literals such an
     * alternative's match begins with, where those can be read. Null when where a match begins cannot be read.
     */
    public static Starts starts(Pattern pattern) {
        boolean readable = (pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL
                | Pattern.CANON_EQ)) == 0;
        Set<String> found = readable ? RegexLiterals.prefixesOrStartLiterals(pattern, true) : null;
        if (found == null) {
            return null;
        }
        Set<String> literals = new java.util.HashSet<>();
        Set<String> atStart = new java.util.HashSet<>();
        boolean startUnread = false;
        List<String[][]> needs = new ArrayList<>();
        for (String f : found) {
            if (f.startsWith(RegexLiterals.TEXT_START_NEEDS)) {
                // an alternative ^... whose start cannot be read but which needs words somewhere in the text
                needs.add(RegexLiterals.startNeeds(f).stream().map(PatternPrefilter::shortest).toArray(String[][]::new));
            } else if (f.startsWith(RegexLiterals.TEXT_START)) {
                String literal = f.substring(RegexLiterals.TEXT_START.length());
                startUnread |= literal.isEmpty();
                atStart.add(literal);
            } else {
                literals.add(f);
            }
        }
        boolean atTextStart = !atStart.isEmpty() || !needs.isEmpty();
        if (startUnread || !atTextStart) {
            // an alternative ^... of which nothing is known: tried at every start
            return new Starts(atTextStart, shortest(literals), null, null);
        }
        return new Starts(true, shortest(literals), shortest(atStart), needs.isEmpty() ? null : needs.toArray(String[][][]::new));
    }

    /**
     * The alternatives at the top of {@code pattern} ({@code A|B|C}), each compiled alone with the pattern's flags, when
     * it has more than one and splitting it changes what no part means: no inline flags (which reach past a {@code |}), no
     * back references (which count groups), no nested character classes (which the split cannot read). A text holds a
     * match of the pattern where, and only where, it holds a match of one of them, so where the start of the whole
     * cannot be read ({@code \b(?:said|told)\b|["\u201c]}), the parts whose starts can be are tried only there. Else empty.
     */
    public static List<Pattern> alternatives(Pattern pattern) {
        String re = pattern.pattern();
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 || re.contains("&&") || re.contains("[[")
                || re.matches("(?s).*\\\\(?:[1-9]|k<).*") || re.matches("(?s).*\\(\\?[a-zA-Z-]+[:)].*")) {
            return List.of();
        }
        List<String> parts = RegexScan.splitTopLevel(re);
        if (parts.size() < 2) {
            return List.of();
        }
        List<Pattern> compiled = new ArrayList<>();
        for (String part : parts) {
            try {
                compiled.add(Pattern.compile(part, pattern.flags()));
            } catch (java.util.regex.PatternSyntaxException unreadable) {
                return List.of();
            }
        }
        return compiled;
    }

    /**
     * Whether every match of the pattern begins at a word boundary or at the text's start: each of its alternatives starts
     * with {@code \b} or {@code ^}. Then a match cannot begin at a word character that follows another (inside a word:
     * "he" in "the"), and such a place need not be tried.
     */
    public static boolean beginsAtWordBoundary(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return false;
        }
        for (String alternative : RegexScan.splitTopLevel(pattern.pattern())) {
            if (!alternative.startsWith("\\b") && !alternative.startsWith("^")) {
                return false;
            }
        }
        return true;
    }

    // a literal that starts with another adds no place the shorter one does not already give
    private static String[] shortest(Set<String> literals) {
        return literals.stream().filter(l -> literals.stream().noneMatch(k -> !k.equals(l) && l.startsWith(k))).sorted()
                .toArray(String[]::new);
    }

    /**
     * A prefix is put in the trie cut to this many characters. A text that starts with the prefix starts with its first
     * characters too, so a pattern is still placed wherever it may begin (and tried at a few places more: 1.3% more
     * candidates over the held-out file); cut, the risk rules' trie holds 78,494 ints, not 217,075 (their long
     * alternations' every combination, "i am twelve", "aged twelve", "only twelve"...).
     */
    static final int CUT = 10;

    private static String cut(String prefix) {
        return prefix.length() > CUT ? prefix.substring(0, CUT) : prefix;
    }

    // the child of the node at offset node (with ending patterns) for character c, or -1
    private int child(int[] trie, int node, int ending, char c) {
        if (node == 0 && c < 128) {
            return rootAscii[c];
        }
        return childScan(trie, node, ending, c);
    }

    private static int childScan(int[] trie, int node, int ending, char c) {
        int at = node + 1 + ending;
        int end = at + 1 + 2 * trie[at];
        for (int i = at + 1; i < end; i += 2) {
            if (trie[i] == c) {
                return trie[i + 1];
            }
        }
        return -1;
    }

    /** A character trie of the prefixes, as it is built: the patterns whose prefix ends at a node are listed there. */
    private static final class Node {
        /** The levels below the root laid out together, level by level: their nodes are read at nearly every word start. */
        static final int TOP_LEVELS = 2;
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private final List<Integer> ending = new ArrayList<>(1);

        void add(String prefix, int at, int pattern) {
            if (at == prefix.length()) {
                if (!ending.contains(pattern)) {
                    ending.add(pattern);
                }
                return;
            }
            char c = prefix.charAt(at);
            Node next = child(c);
            if (next == null) {
                next = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = next;
            }
            next.add(prefix, at + 1, pattern);
        }

        /**
         * This trie as one array (see {@code PatternPrefilter.trie}): the nodes of the first levels together, level by
         * level (every word start reads one of them, so they stay in the cache), then each deeper subtrie in one piece,
         * a node followed by its children's subtries (a walk down it reads on through neighbouring ints).
         */
        int[] flatten() {
            List<Node> order = new ArrayList<>();
            order.add(this);
            List<Node> level = List.of(this);
            for (int depth = 0; depth < TOP_LEVELS; depth++) {
                List<Node> next = new ArrayList<>();
                for (Node node : level) {
                    next.addAll(node.sortedChildren());
                }
                order.addAll(next);
                level = next;
            }
            for (Node node : level) {
                for (Node child : node.sortedChildren()) {
                    child.preorder(order);
                }
            }
            java.util.Map<Node, Integer> offsets = new java.util.IdentityHashMap<>();
            int size = 0;
            for (Node node : order) {
                offsets.put(node, size);
                size += 2 + node.ending.size() + 2 * node.keys.length;
            }
            int[] out = new int[size];
            for (Node node : order) {
                node.write(out, offsets.get(node), offsets);
            }
            return out;
        }

        private void preorder(List<Node> order) {
            order.add(this);
            for (Node child : sortedChildren()) {
                child.preorder(order);
            }
        }

        // children by character, so that a look-up reads them in order
        private List<Node> sortedChildren() {
            Integer[] order = sortedKeys();
            List<Node> sorted = new ArrayList<>(order.length);
            for (Integer i : order) {
                sorted.add(children[i]);
            }
            return sorted;
        }

        private Integer[] sortedKeys() {
            Integer[] order = new Integer[keys.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Character.compare(keys[a], keys[b]));
            return order;
        }

        private void write(int[] out, int at, java.util.Map<Node, Integer> offsets) {
            int[] ends = ending.stream().mapToInt(Integer::intValue).sorted().toArray();
            out[at] = ends.length;
            System.arraycopy(ends, 0, out, at + 1, ends.length);
            int edges = at + 1 + ends.length;
            Integer[] order = sortedKeys();
            out[edges] = keys.length;
            for (int i = 0; i < order.length; i++) {
                out[edges + 1 + 2 * i] = keys[order[i]];
                out[edges + 2 + 2 * i] = offsets.get(children[order[i]]);
            }
        }

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }
    }
}
