package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes many large regexes cheap to run on a short message. Each pattern that starts at a word
 * boundary with alternatives of plain words ({@code \b(?:knife|gun|...)}) can only match if the
 * message has a word beginning with one of those literal prefixes. The prefixes are read from
 * the regex source once; per message, one hash lookup per word prefix selects the few patterns
 * worth running. A pattern whose prefixes cannot be worked out is always run, so the filter
 * never changes what matches, only how fast.
 */
final class PatternPrefilter {

    /** Marker: run the pattern over the whole text. */
    static final List<Integer> ANYWHERE = List.of();

    private final Map<String, BitSet> patternsByPrefix = new HashMap<>();
    private final BitSet alwaysRun = new BitSet();
    private int longestPrefix;
    /** The distinct prefix lengths, ascending: only these substrings are worth looking up. */
    private final int[] prefixLengths;

    PatternPrefilter(List<Pattern> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            Set<String> prefixes = prefixes(patterns.get(i).pattern(), false);
            if (prefixes == null) {
                alwaysRun.set(i);
                continue;
            }
            for (String prefix : prefixes) {
                patternsByPrefix.computeIfAbsent(prefix, k -> new BitSet()).set(i);
                longestPrefix = Math.max(longestPrefix, prefix.length());
            }
        }
        prefixLengths = patternsByPrefix.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
    }

    /**
     * Where each pattern might match in text made of space-separated words: the word starts
     * where one of its prefixes occurs, or {@link #ANYWHERE} for patterns that are always run.
     * Patterns absent from the map cannot match.
     */
    Map<Integer, List<Integer>> candidates(String normalisedText) {
        Map<Integer, List<Integer>> result = new HashMap<>();
        alwaysRun.stream().forEach(i -> result.put(i, ANYWHERE));
        String text = normalisedText + " ";
        int n = text.length();
        for (int start = 0; start < n; start = text.indexOf(' ', start) + 1) {
            int max = Math.min(n - start, longestPrefix);
            for (int k = 0; k < prefixLengths.length && prefixLengths[k] <= max; k++) {
                BitSet hit = patternsByPrefix.get(text.substring(start, start + prefixLengths[k]));
                if (hit != null) {
                    int at = start;
                    hit.stream().forEach(i -> {
                        List<Integer> starts = result.computeIfAbsent(i, x -> new ArrayList<>(2));
                        if (starts != ANYWHERE && (starts.isEmpty() || starts.get(starts.size() - 1) != at)) {
                            starts.add(at);
                        }
                    });
                }
            }
        }
        return result;
    }

    /** Literal word prefixes the regex can start with at a word boundary, or null if unknown. */
    static Set<String> prefixes(String regex, boolean anchored) {
        String re = regex;
        if (re.startsWith("\\b")) {
            re = re.substring(2);
            anchored = true;
        }
        if (re.startsWith("(?:")) {
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
            for (String alternative : splitTopLevel(re.substring(3, close))) {
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
                i = re.indexOf(']', i + 1);
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

    private static List<String> splitTopLevel(String inner) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                i++;
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
