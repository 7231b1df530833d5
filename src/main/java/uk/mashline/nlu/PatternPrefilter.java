package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
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

    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final List<Pattern> patterns;
    private final BitSet alwaysRun = new BitSet();
    private final Node root = new Node();

    public PatternPrefilter(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (int i = 0; i < patterns.size(); i++) {
            Set<String> prefixes = prefixes(patterns.get(i).pattern(), false);
            if (prefixes == null) {
                alwaysRun.set(i);
                continue;
            }
            for (String prefix : prefixes) {
                root.add(prefix, 0, i);
            }
        }
        root.freeze();
    }

    /**
     * Where each pattern might match in {@code normalisedText} (words separated by single spaces),
     * found by one trie walk from each word start.
     */
    public Candidates candidates(String normalisedText) {
        Candidates result = new Candidates(patterns.size(), alwaysRun);
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
        return result;
    }

    /** Every pattern run over the whole text: the oracle the tests compare the filter with. */
    public Candidates everywhere() {
        BitSet all = new BitSet();
        all.set(0, patterns.size());
        return new Candidates(patterns.size(), all);
    }

    /**
     * A cheap test to run before {@code pattern} on text that need not be normalised: false only when the
     * text holds none of the literals every match starts with. Always true when those cannot be read.
     */
    public static Predicate<String> literalGate(Pattern pattern) {
        // the literals are read from the regex as written: flags that change how it reads (case, spaces,
        // literal text, canonical forms) would make them mean something else
        boolean readable = (pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL
                | Pattern.CANON_EQ)) == 0;
        Set<String> literals = readable ? prefixes(pattern.pattern(), true) : null;
        if (literals == null) {
            return text -> true;
        }
        String[] any = literals.toArray(String[]::new);
        return text -> {
            for (String literal : any) {
                if (text.contains(literal)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The patterns that may match one message, and the word starts where each may. */
    public static final class Candidates {

        private static final int[] NONE = new int[0];
        private final BitSet anywhere;
        private final int[][] starts;
        private final int[] counts;

        Candidates(int size, BitSet anywhere) {
            this.anywhere = anywhere;
            this.starts = new int[size][];
            this.counts = new int[size];
        }

        void add(int pattern, int at) {
            int[] list = starts[pattern];
            int count = counts[pattern];
            if (list == null) {
                list = new int[2];
                starts[pattern] = list;
            } else if (list[count - 1] == at) {
                return;
            } else if (count == list.length) {
                list = Arrays.copyOf(list, count * 2);
                starts[pattern] = list;
            }
            list[count] = at;
            counts[pattern] = count + 1;
        }

        /** False when pattern {@code index} cannot match anywhere in the text. */
        public boolean possible(int index) {
            return anywhere.get(index) || counts[index] > 0;
        }

        /**
         * Whether pattern {@code index} ({@code pattern}) is found in {@code text}: the text the candidates
         * were found in, with {@code offset} characters put before it (the risk rules pad it with a space).
         */
        public boolean finds(int index, Pattern pattern, CharSequence text, int offset) {
            if (anywhere.get(index)) {
                return pattern.matcher(text).find();
            }
            int count = counts[index];
            if (count == 0) {
                return false;
            }
            int[] at = starts[index] == null ? NONE : starts[index];
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i < count; i++) {
                if (m.region(at[i] + offset, text.length()).lookingAt()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A character trie of the prefixes: the patterns whose prefix ends at a node are listed there. */
    private static final class Node {
        private char[] keys = new char[0];
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
            for (Node child : children) {
                child.freeze();
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

    /**
     * Literal prefixes one of which every match of the regex starts with, or null if unknown. With
     * {@code anchored} (or a leading {@code \b}) they are word prefixes; either way a text holding none of
     * them cannot match.
     */
    static Set<String> prefixes(String regex, boolean anchored) {
        List<String> alternatives = splitTopLevel(regex);
        if (alternatives.size() > 1) {
            // "\bx ...|\by ...": a match starts with a prefix of one alternative or the other
            Set<String> all = new HashSet<>();
            for (String alternative : alternatives) {
                Set<String> p = prefixes(alternative, anchored);
                if (p == null) {
                    return null;
                }
                all.addAll(p);
            }
            return all;
        }
        String re = regex;
        // "(?<!is the )\bpolice on the way": a lookbehind takes no characters, so the match still starts with
        // what follows it (and the candidates are run with transparent bounds, so it still sees the text before)
        while (re.startsWith("(?<!") || re.startsWith("(?<=")) {
            int close = closingParen(re, 0);
            if (close < 0 || (close + 1 < re.length() && "?*+{".indexOf(re.charAt(close + 1)) >= 0)) {
                return null;
            }
            re = re.substring(close + 1);
        }
        if (re.startsWith("\\b")) {
            re = re.substring(2);
            anchored = true;
        }
        int groupBody = re.startsWith("(?:") ? 3 : re.startsWith("(") && !re.startsWith("(?") ? 1 : -1;
        if (groupBody > 0) {
            int close = closingParen(re, 0);
            if (close < 0) {
                return null;
            }
            String rest = re.substring(close + 1);
            Set<String> all = new HashSet<>();
            if (!rest.isEmpty() && "?*".indexOf(rest.charAt(0)) >= 0) {
                // An optional group: the match may instead start with whatever follows it.
                Set<String> after = prefixes(rest.substring(1), anchored);
                if (after == null) {
                    return null;
                }
                all.addAll(after);
            } else if (!rest.isEmpty() && rest.charAt(0) == '{') {
                return null;
            }
            for (String alternative : splitTopLevel(re.substring(groupBody, close))) {
                Set<String> p = prefixes(alternative, anchored);
                if (p == null) {
                    return null;
                }
                all.addAll(p);
            }
            return all.isEmpty() ? null : all;
        }
        if (!anchored) {
            return null;
        }
        if (re.startsWith("\\d") && (re.length() == 2 || "?*".indexOf(re.charAt(2)) < 0)) {
            // "\d{2} year old man": a match starts with a digit ("\d?" or "\d*" might not: unknown)
            return DIGITS;
        }
        int i = 0;
        while (i < re.length() && (Character.isLetterOrDigit(re.charAt(i)) || re.charAt(i) == ' ')) {
            i++;
        }
        if (i < re.length() && "?*{".indexOf(re.charAt(i)) >= 0) {
            i--;
        }
        return i <= 0 ? null : Set.of(re.substring(0, i));
    }

    private static int closingParen(String re, int open) {
        int depth = 0;
        for (int i = open; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = endOfClass(re, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the ']' closing the character class opened at {@code open}, or -1. */
    private static int endOfClass(String re, int open) {
        int i = open + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            i++;
        }
        for (; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** The alternatives of a regex at its top level (not inside groups or character classes). */
    private static List<String> splitTopLevel(String inner) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = endOfClass(inner, i);
                i = end < 0 ? inner.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(inner.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(inner.substring(from));
        return parts;
    }
}
