package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads from a regex's source the literal words one of which every match starts with, for
 * {@link PatternPrefilter}: {@code \b(?:knife|gun) ...} starts with "knife" or "gun". A regex whose
 * start cannot be read this way gets null (unknown), so the filter always runs it.
 */
final class RegexLiterals {

    /** An inline flag group that may switch MULTILINE on: "(?m)", "(?im:", "(?-m)". */
    private static final Pattern INLINE_MULTILINE = Pattern.compile("\\(\\?[a-zA-Z-]*m[a-zA-Z-]*[):]");
    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /**
     * Stands in {@link #prefixesOrStart}'s answer for an alternative that can only match at the text's start
     * ({@code ^...}): not a literal (no text holds it).
     */
    static final String TEXT_START = "\u0000^";
    /** The largest character class read as its characters ("[2-6]", "[1-9]"): beyond it, unknown. */
    private static final int MAX_CLASS = 62;

    private RegexLiterals() {
    }

    /**
     * True when every match of the pattern starts at the start of the text: each of its alternatives begins with
     * {@code ^}, and {@code ^} means only that (no MULTILINE flag, no flags set inside the regex).
     */
    static boolean matchesOnlyAtStart(Pattern pattern) {
        if ((pattern.flags() & Pattern.MULTILINE) != 0) {
            return false;
        }
        for (String alternative : splitTopLevel(pattern.pattern())) {
            if (!alternative.startsWith("^") || INLINE_MULTILINE.matcher(alternative).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Literal prefixes one of which every match of the regex starts with, or null if unknown. With
     * {@code anchored} (or a leading {@code \b}) they are word prefixes; either way a text holding none of
     * them cannot match.
     */
    static Set<String> prefixes(String regex, boolean anchored) {
        return prefixes(regex, anchored, false);
    }

    /**
     * As {@link #prefixes}, but an alternative that can only match at the text's start ({@code ^(?!.*\byesterday\b)}
     * beside {@code \bnow\b}) adds {@link #TEXT_START} instead of making the whole unknown. Never for a pattern in which
     * {@code ^} may mean the start of a line.
     */
    static Set<String> prefixesOrStart(Pattern pattern) {
        return prefixesOrStart(pattern, false);
    }

    /** As {@link #prefixesOrStart(Pattern)}, the literals read as word prefixes when {@code anchored} (see {@link #prefixes}). */
    static Set<String> prefixesOrStart(Pattern pattern, boolean anchored) {
        boolean lines = (pattern.flags() & Pattern.MULTILINE) != 0 || INLINE_MULTILINE.matcher(pattern.pattern()).find();
        return prefixes(pattern.pattern(), anchored, !lines, false);
    }

    /**
     * As {@link #prefixesOrStart(Pattern, boolean)}, but an alternative {@code ^...} whose own start can be read
     * ({@code ^(?:so |ok )*(?:who|what) do i ring}) gives {@link #TEXT_START} followed by each literal one of which a
     * match of it at the text's start begins with ("so ", "ok ", "who", "what", each after the mark); one whose
     * start cannot be read gives {@link #TEXT_START} alone.
     */
    static Set<String> prefixesOrStartLiterals(Pattern pattern, boolean anchored) {
        boolean lines = (pattern.flags() & Pattern.MULTILINE) != 0 || INLINE_MULTILINE.matcher(pattern.pattern()).find();
        return prefixes(pattern.pattern(), anchored, !lines, true);
    }

    private static Set<String> prefixes(String regex, boolean anchored, boolean start) {
        return prefixes(regex, anchored, start, false);
    }

    private static Set<String> prefixes(String regex, boolean anchored, boolean start, boolean afterStart) {
        List<String> alternatives = splitTopLevel(regex);
        if (alternatives.size() > 1) {
            // "\bx ...|\by ...": a match starts with a prefix of one alternative or the other
            Set<String> all = new HashSet<>();
            for (String alternative : alternatives) {
                Set<String> p = prefixes(alternative, anchored, start, afterStart);
                if (p == null) {
                    return null;
                }
                all.addAll(p);
            }
            return all;
        }
        String re = regex;
        // "(?<!is the )\bpolice on the way": a lookbehind takes no characters, so the match still starts with
        // what follows it (and the candidates are run with transparent bounds, so it still sees the text before);
        // so too a lookahead ("(?!.*\bchild\b)\b(?:dog|cat)...": tried where it starts, it sees the rest of the text)
        // so too a word boundary before a lookbehind ("\b(?<!not )(?:spoke|talked)...", phrases.tsv's discussion had)
        while (true) {
            if (re.startsWith("(?<!") || re.startsWith("(?<=") || re.startsWith("(?!") || re.startsWith("(?=")) {
                int close = closingParen(re, 0);
                if (close < 0 || (close + 1 < re.length() && "?*+{".indexOf(re.charAt(close + 1)) >= 0)) {
                    return null;
                }
                re = re.substring(close + 1);
            } else if (re.startsWith("\\b")) {
                re = re.substring(2);
                anchored = true;
            } else {
                break;
            }
        }
        if (start && re.startsWith("^")) {
            // "^(?!.*\byesterday\b)": without MULTILINE, a match of this alternative starts at the text's start alone
            Set<String> after = afterStart ? prefixes(re.substring(1), true, false, false) : null;
            if (after == null || after.isEmpty() || after.contains("")) {
                return Set.of(TEXT_START);
            }
            Set<String> marked = new HashSet<>();
            after.forEach(literal -> marked.add(TEXT_START + literal));
            return marked;
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
                Set<String> after = prefixes(rest.substring(1), anchored, start, afterStart);
                if (after == null) {
                    return null;
                }
                all.addAll(after);
            } else if (!rest.isEmpty() && rest.charAt(0) == '{') {
                return null;
            }
            for (String alternative : splitTopLevel(re.substring(groupBody, close))) {
                Set<String> p = prefixes(alternative, anchored, start, afterStart);
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
        if (re.startsWith("[")) {
            // "(?:[2-6]\d) ?year old": a match starts with one of the class's characters
            return classCharacters(re);
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

    /**
     * The characters of the plain class {@code re} starts with ("[2-6]", "[a-z]", "[13579]": letters and digits, single
     * or in ranges), each a prefix, or null when the class is negated, holds anything else, is larger than
     * {@link #MAX_CLASS} or may be absent ("[0-9]?", "[0-9]*", "[0-9]{0,2}").
     */
    private static Set<String> classCharacters(String re) {
        int end = endOfClass(re, 0);
        if (end < 0 || re.startsWith("[^")) {
            return null;
        }
        if (end + 1 < re.length() && ("?*".indexOf(re.charAt(end + 1)) >= 0 || re.startsWith("{0", end + 1))) {
            return null;
        }
        Set<String> chars = new HashSet<>();
        String body = re.substring(1, end);
        for (int i = 0; i < body.length(); i++) {
            char from = body.charAt(i);
            if (!Character.isLetterOrDigit(from)) {
                return null;
            }
            char to = from;
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                to = body.charAt(i + 2);
                if (!Character.isLetterOrDigit(to) || to < from) {
                    return null;
                }
                i += 2;
            }
            for (char c = from; c <= to; c++) {
                chars.add(String.valueOf(c));
                if (chars.size() > MAX_CLASS) {
                    return null;
                }
            }
        }
        return chars.isEmpty() ? null : chars;
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
