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
    private final Node root = new Node();
    /** Each thread's matchers, reused from message to message (see {@link Candidates}). */
    private final ThreadLocal<Matcher[]> matchers;
    /**
     * Patterns whose matches start with known literals that may begin inside a word ("(?<=used to )self harm"): not
     * in the trie of word starts, but tried only where one of their literals occurs. Before, such a pattern was run
     * at every position of every message (the risk rules' long-past self-harm ignore: most of the classifier's time).
     */
    private final int[] byLiteral;
    private final String[][] literalsOf;

    public PatternPrefilter(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        List<Integer> literalPatterns = new ArrayList<>();
        List<String[]> literals = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            Set<String> prefixes = RegexLiterals.prefixesOrStart(patterns.get(i));
            if (prefixes != null && prefixes.contains(RegexLiterals.TEXT_START)) {
                atStartToo.set(i);
                prefixes = new java.util.HashSet<>(prefixes);
                prefixes.remove(RegexLiterals.TEXT_START);
            }
            if (prefixes == null) {
                boolean atStart = RegexLiterals.matchesOnlyAtStart(patterns.get(i));
                String[] starts = atStart ? null : startLiterals(patterns.get(i));
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
                root.add(prefix, 0, i);
            }
        }
        root.freeze();
        this.byLiteral = literalPatterns.stream().mapToInt(Integer::intValue).toArray();
        this.literalsOf = literals.toArray(String[][]::new);
        int size = patterns.size();
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[size]);
    }

    /**
     * Where each pattern might match in {@code normalisedText} (words separated by single spaces),
     * found by one trie walk from each word start.
     */
    public Candidates candidates(String normalisedText) {
        Candidates result = new Candidates(patterns.size(), alwaysRun, atStartOnly, atStartToo, matchers.get());
        int n = normalisedText.length();
        int start = 0;
        while (start < n) {
            Node node = root;
            for (int k = start; node != null; k++) {
                for (int pattern : node.patterns) {
                    result.add(pattern, start);
                }
                // a prefix may end with a space ("i am "); the text has an implicit one at its end
                char c = k < n ? normalisedText.charAt(k) : ' ';
                node = k <= n ? node.child(c) : null;
            }
            int space = normalisedText.indexOf(' ', start);
            if (space < 0) {
                break;
            }
            start = space + 1;
        }
        for (int k = 0; k < byLiteral.length; k++) {
            addWhereFound(result, byLiteral[k], literalsOf[k], normalisedText);
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
        return new Candidates(patterns.size(), all, new BitSet(), new BitSet(), null);
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

    /** Whether {@code text} begins with one of {@code literals}; null literals (nothing known) allow any text. */
    public static boolean startsWithAny(String[] literals, String text) {
        if (literals == null) {
            return true;
        }
        for (String literal : literals) {
            if (text.startsWith(literal)) {
                return true;
            }
        }
        return false;
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
    public record Starts(boolean atTextStart, String[] literals, String[] startLiterals) {

        public Starts(boolean atTextStart, String[] literals) {
            this(atTextStart, literals, null);
        }

        /** Whether an alternative {@code ^...} may match at the start of {@code text}. */
        public boolean mayMatchAtStart(String text) {
            return atTextStart && startsWithAny(startLiterals, text);
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
        for (String f : found) {
            if (f.startsWith(RegexLiterals.TEXT_START)) {
                String literal = f.substring(RegexLiterals.TEXT_START.length());
                startUnread |= literal.isEmpty();
                atStart.add(literal);
            } else {
                literals.add(f);
            }
        }
        return new Starts(!atStart.isEmpty(), shortest(literals), atStart.isEmpty() || startUnread ? null : shortest(atStart));
    }

    // a literal that starts with another adds no place the shorter one does not already give
    private static String[] shortest(Set<String> literals) {
        return literals.stream().filter(l -> literals.stream().noneMatch(k -> !k.equals(l) && l.startsWith(k))).sorted()
                .toArray(String[]::new);
    }

    /** A character trie of the prefixes: the patterns whose prefix ends at a node are listed there. */
    private static final class Node {
        /** Beyond this many children a node gets a table for ASCII characters. */
        private static final int WIDE = 6;
        private char[] keys = new char[0];
        /** The children by ASCII character, for a wide node once frozen; null otherwise. */
        private Node[] ascii;
        private Node[] children = new Node[0];
        private final List<Integer> ending = new ArrayList<>(1);
        private int[] patterns = new int[0];

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

        void freeze() {
            patterns = ending.stream().mapToInt(Integer::intValue).sorted().toArray();
            if (keys.length > WIDE) {
                // a wide node (the root: every first letter) answers an ASCII character by a look-up, not a scan
                ascii = new Node[128];
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] < 128) {
                        ascii[keys[i]] = children[i];
                    }
                }
            }
            for (Node child : children) {
                child.freeze();
            }
        }

        Node child(char c) {
            if (ascii != null && c < 128) {
                return ascii[c];
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }
    }
}
