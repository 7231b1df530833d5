package uk.mashline.nlu;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Puts before each group of three or more alternatives a look-ahead at the characters its matches can begin with:
 * {@code .*\b(?:parcels?|drugs?|weed|...)} becomes {@code .*(?=[pdw...])\b(?:parcels?|drugs?|weed|...)}.
 * java.util.regex tries a group's alternatives one after another at every place it is reached, and a cue's
 * look-ahead {@code (?=.*\b(?:...))} reaches every place in the message: JFR under TurnCpuBench put a fifth of a turn's
 * thread in those tries ({@code Pattern$Branch} and {@code Pattern$Slice}), most of them failing on the first character.
 * The look-ahead turns those places away with one test of a character set.
 * <p>
 * It only states what the group already requires there, so the rewritten regex matches exactly what the original
 * matches, with the same groups: a group that can match nothing (an alternative or a quantifier that allows zero) or
 * whose first characters cannot be read (a {@code .}, {@code \w}, a negated class, a back-reference) is left alone,
 * and so is a regex with flags (inline or given) the reading does not follow. Nothing is put inside a look-behind.
 * <p>
 * A word boundary written after look-arounds at the same place ({@code (?<!\btold )(?<!\bas )...\b(?:...)}) is moved to
 * the front of them (after the guard, if one is put there): zero-width tests at one place all must pass, in any order, and {@code \b} fails at most places for
 * the cost of two character tests, where each look-behind is tried at every length it can have. perf-47: JFR under
 * TurnCpuBench put route-cues' about_staff (fifteen look-behinds before its {@code \b}, tried at every place of every
 * message) at the top of a turn's regex time. Its own groups keep their numbers: {@code \b} has none.
 */
public final class FirstCharGuards {

    /** A group's alternatives must be at least this many for a guard to save more than it costs. */
    private static final int MIN_ALTERNATIVES = 3;
    /** A guard over more characters than this turns away too few places to pay for itself. */
    private static final int MAX_CHARACTERS = 40;
    private static final int UNSUPPORTED_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL
            | Pattern.CANON_EQ | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private FirstCharGuards() {
    }

    /** The pattern with its guards, compiled with its flags; the pattern itself when none apply. */
    public static Pattern guarded(Pattern pattern) {
        if ((pattern.flags() & UNSUPPORTED_FLAGS) != 0) {
            return pattern;
        }
        String source = pattern.pattern();
        String rewritten = guarded(source);
        if (rewritten.equals(source)) {
            return pattern;
        }
        try {
            return Pattern.compile(rewritten, pattern.flags());
        } catch (PatternSyntaxException e) {
            // a construct the reading took for another: the original, which is always right
            return pattern;
        }
    }

    /** The regex with its guards, or the regex itself when none apply or it cannot be read. */
    public static String guarded(String regex) {
        try {
            Reader reader = new Reader(regex);
            reader.alternation(false);
            if (reader.at != regex.length()) {
                return regex;
            }
            return reader.rewritten();
        } catch (Unreadable e) {
            return regex;
        }
    }

    /** The characters a match of a part can begin with (null: not known), and whether it can match nothing. */
    private record First(Set<Character> characters, boolean nullable) {
        static final First ZERO_WIDTH = new First(Set.of(), true);
        static final First UNKNOWN = new First(null, false);

        static First of(char c) {
            return new First(Set.of(c), false);
        }

        First optional() {
            return new First(characters, true);
        }
    }

    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** A part of a sequence: what it begins with, whether it is a zero-width assertion, its alternatives if a group. */
    private record Atom(First first, boolean zeroWidth, int alternatives) {
    }

    private static final class Reader {
        private final String s;
        private int at;
        /** Guards to insert, by offset in the source. */
        private final Map<Integer, String> guards = new TreeMap<>();
        /** Offsets of the {@code \b}s moved to the front of their run of zero-width tests. */
        private final Set<Integer> moved = new TreeSet<>();
        /** The runs' starts they were moved to, each with how many: written after a guard there, which is cheaper still. */
        private final Map<Integer, Integer> boundaries = new TreeMap<>();
        private int alternativesRead;

        Reader(String s) {
            this.s = s;
        }

        String rewritten() {
            if (guards.isEmpty() && moved.isEmpty()) {
                return s;
            }
            StringBuilder out = new StringBuilder(s.length() + 32 * guards.size());
            Set<Integer> places = new TreeSet<>(guards.keySet());
            places.addAll(moved);
            places.addAll(boundaries.keySet());
            int from = 0;
            for (int place : places) {
                out.append(s, from, place).append(guards.getOrDefault(place, ""))
                        .append("\\b".repeat(boundaries.getOrDefault(place, 0)));
                // a moved "\b" is left out where it was written
                from = moved.contains(place) ? place + 2 : place;
            }
            return out.append(s, from, s.length()).toString();
        }

        /** Alternatives up to a ')' or the end; {@link #alternativesRead} is left at their number. */
        First alternation(boolean inLookbehind) {
            Set<Character> characters = new TreeSet<>();
            boolean known = true;
            boolean nullable = false;
            int count = 0;
            while (true) {
                First one = sequence(inLookbehind);
                count++;
                if (one.characters() == null) {
                    known = false;
                } else {
                    characters.addAll(one.characters());
                }
                nullable |= one.nullable();
                if (at < s.length() && s.charAt(at) == '|') {
                    at++;
                    continue;
                }
                break;
            }
            alternativesRead = count;
            return new First(known ? characters : null, nullable);
        }

        private First sequence(boolean inLookbehind) {
            Set<Character> characters = new TreeSet<>();
            boolean known = true;
            boolean decided = false;
            // where the run of zero-width assertions just before the current atom began ("\b" before a group), or -1
            int zeroWidthFrom = -1;
            // whether that run holds a look-around, before which a "\b" later in the run is moved
            boolean runHasLookaround = false;
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                int start = at;
                Atom atom = atom(inLookbehind);
                boolean canBeZero = quantifierAllowsZero();
                First first = canBeZero ? atom.first().optional() : atom.first();
                if (!decided) {
                    if (first.characters() == null) {
                        known = false;
                        decided = true;
                    } else {
                        characters.addAll(first.characters());
                        decided = !first.nullable();
                    }
                }
                if (atom.alternatives() >= MIN_ALTERNATIVES && !first.nullable() && first.characters() != null
                        && !first.characters().isEmpty() && first.characters().size() <= MAX_CHARACTERS && !inLookbehind) {
                    guards.merge(zeroWidthFrom >= 0 ? zeroWidthFrom : start, guard(first.characters()), String::concat);
                }
                if (atom.zeroWidth() && !canBeZero) {
                    boolean wordBoundary = at == start + 2 && s.startsWith("\\b", start);
                    if (zeroWidthFrom < 0) {
                        zeroWidthFrom = start;
                        runHasLookaround = false;
                    } else if (wordBoundary && runHasLookaround && !inLookbehind) {
                        boundaries.merge(zeroWidthFrom, 1, Integer::sum);
                        moved.add(start);
                    }
                    runHasLookaround |= s.charAt(start) == '(';
                } else {
                    zeroWidthFrom = -1;
                }
            }
            if (!known) {
                return First.UNKNOWN;
            }
            return new First(characters, !decided);
        }

        private Atom atom(boolean inLookbehind) {
            char c = s.charAt(at);
            switch (c) {
                case '(':
                    return group(inLookbehind);
                case '[':
                    return new Atom(characterClass(), false, 0);
                case '\\':
                    return escape();
                case '.':
                    at++;
                    return new Atom(First.UNKNOWN, false, 0);
                case '^':
                case '$':
                    at++;
                    return new Atom(First.ZERO_WIDTH, true, 0);
                case '*':
                case '+':
                case '?':
                case '{':
                    // a quantifier with nothing before it
                    throw new Unreadable();
                default:
                    at++;
                    if (Character.isSurrogate(c)) {
                        if (at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
                            at++;
                        }
                        return new Atom(First.UNKNOWN, false, 0);
                    }
                    return new Atom(First.of(c), false, 0);
            }
        }

        private Atom group(boolean inLookbehind) {
            at++; // (
            boolean lookaround = false;
            boolean lookbehind = false;
            if (at < s.length() && s.charAt(at) == '?') {
                at++;
                if (at >= s.length()) {
                    throw new Unreadable();
                }
                char kind = s.charAt(at);
                if (kind == ':' || kind == '>') {
                    at++;
                } else if (kind == '=' || kind == '!') {
                    at++;
                    lookaround = true;
                } else if (kind == '<' && at + 1 < s.length() && (s.charAt(at + 1) == '=' || s.charAt(at + 1) == '!')) {
                    at += 2;
                    lookaround = true;
                    lookbehind = true;
                } else if (kind == '<' && at + 1 < s.length() && Character.isLetter(s.charAt(at + 1))) {
                    int close = s.indexOf('>', at);
                    if (close < 0) {
                        throw new Unreadable();
                    }
                    at = close + 1;
                } else {
                    // inline flags, (?i) or (?i:...): the reading would not follow them
                    throw new Unreadable();
                }
            }
            First inside = alternation(inLookbehind || lookbehind);
            int alternatives = alternativesRead;
            if (at >= s.length() || s.charAt(at) != ')') {
                throw new Unreadable();
            }
            at++;
            if (lookaround) {
                return new Atom(First.ZERO_WIDTH, true, 0);
            }
            return new Atom(inside, false, alternatives);
        }

        /** After an atom: skips its quantifier, if any, and tells whether it allows the atom zero times. */
        private boolean quantifierAllowsZero() {
            if (at >= s.length()) {
                return false;
            }
            char c = s.charAt(at);
            boolean zero;
            if (c == '?' || c == '*') {
                at++;
                zero = true;
            } else if (c == '+') {
                at++;
                zero = false;
            } else if (c == '{') {
                int close = s.indexOf('}', at);
                if (close < 0) {
                    throw new Unreadable();
                }
                String bounds = s.substring(at + 1, close);
                if (!bounds.matches("\\d+(,\\d*)?")) {
                    throw new Unreadable();
                }
                zero = Integer.parseInt(bounds.split(",", -1)[0]) == 0;
                at = close + 1;
            } else {
                return false;
            }
            // lazy or possessive
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
                at++;
            }
            return zero;
        }

        private Atom escape() {
            at++; // backslash
            if (at >= s.length()) {
                throw new Unreadable();
            }
            char c = s.charAt(at++);
            switch (c) {
                case 'b':
                case 'B':
                case 'A':
                case 'G':
                case 'z':
                case 'Z':
                    return new Atom(First.ZERO_WIDTH, true, 0);
                case 'd':
                    return new Atom(new First(range('0', '9'), false), false, 0);
                case 's':
                    return new Atom(new First(Set.of(' ', '\t', '\n', '\u000B', '\f', '\r'), false), false, 0);
                case 't':
                    return new Atom(First.of('\t'), false, 0);
                case 'n':
                    return new Atom(First.of('\n'), false, 0);
                case 'r':
                    return new Atom(First.of('\r'), false, 0);
                case 'f':
                    return new Atom(First.of('\f'), false, 0);
                case 'u':
                    return new Atom(First.of(hex(4)), false, 0);
                case 'p':
                case 'P':
                case 'N':
                    if (at < s.length() && s.charAt(at) == '{') {
                        int close = s.indexOf('}', at);
                        if (close < 0) {
                            throw new Unreadable();
                        }
                        at = close + 1;
                    } else {
                        at++;
                    }
                    return new Atom(First.UNKNOWN, false, 0);
                case 'k':
                    int close = s.indexOf('>', at);
                    if (close < 0) {
                        throw new Unreadable();
                    }
                    at = close + 1;
                    return new Atom(First.UNKNOWN, false, 0);
                case 'Q':
                    int end = s.indexOf("\\E", at);
                    String quoted = end < 0 ? s.substring(at) : s.substring(at, end);
                    at = end < 0 ? s.length() : end + 2;
                    return new Atom(quoted.isEmpty() || Character.isSurrogate(quoted.charAt(0)) ? First.UNKNOWN
                            : First.of(quoted.charAt(0)), false, 0);
                default:
                    if (Character.isDigit(c)) {
                        // a back-reference (or an octal escape): what it matches is not read
                        while (at < s.length() && Character.isDigit(s.charAt(at))) {
                            at++;
                        }
                        return new Atom(First.UNKNOWN, false, 0);
                    }
                    if (Character.isLetter(c)) {
                        // \w, \D, \x.., \c.., \R, \X, \h... : not read
                        if (c == 'x' && at < s.length() && s.charAt(at) == '{') {
                            int shut = s.indexOf('}', at);
                            if (shut < 0) {
                                throw new Unreadable();
                            }
                            at = shut + 1;
                        } else if (c == 'x') {
                            at += 2;
                        } else if (c == 'c') {
                            at++;
                        }
                        return new Atom(First.UNKNOWN, false, 0);
                    }
                    // an escaped mark: itself
                    return new Atom(Character.isSurrogate(c) ? First.UNKNOWN : First.of(c), false, 0);
            }
        }

        private char hex(int digits) {
            if (at + digits > s.length()) {
                throw new Unreadable();
            }
            try {
                char c = (char) Integer.parseInt(s.substring(at, at + digits), 16);
                at += digits;
                return c;
            } catch (NumberFormatException e) {
                throw new Unreadable();
            }
        }

        /** A class such as [a-z'] read as its characters; negated, nested or intersected ones are not read. */
        private First characterClass() {
            at++; // [
            Set<Character> characters = new TreeSet<>();
            boolean known = true;
            if (at < s.length() && s.charAt(at) == '^') {
                known = false;
                at++;
            }
            boolean first = true;
            int depth = 0;
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == ']' && !first) {
                    if (depth == 0) {
                        at++;
                        break;
                    }
                    depth--;
                    at++;
                    continue;
                }
                first = false;
                if (c == '[') {
                    depth++;
                    known = false;
                    at++;
                    continue;
                }
                if (c == '&' && at + 1 < s.length() && s.charAt(at + 1) == '&') {
                    known = false;
                    at += 2;
                    continue;
                }
                char from;
                if (c == '\\') {
                    if (at + 1 >= s.length()) {
                        throw new Unreadable();
                    }
                    char e = s.charAt(at + 1);
                    at += 2;
                    if (e == 'u') {
                        from = hex(4);
                    } else if (e == 'd') {
                        characters.addAll(range('0', '9'));
                        continue;
                    } else if (e == 's') {
                        characters.addAll(Set.of(' ', '\t', '\n', '\u000B', '\f', '\r'));
                        continue;
                    } else if (e == 't') {
                        from = '\t';
                    } else if (e == 'n') {
                        from = '\n';
                    } else if (Character.isLetterOrDigit(e)) {
                        known = false;
                        if ((e == 'p' || e == 'P' || e == 'x') && at < s.length() && s.charAt(at) == '{') {
                            int close = s.indexOf('}', at);
                            if (close < 0) {
                                throw new Unreadable();
                            }
                            at = close + 1;
                        }
                        continue;
                    } else {
                        from = e;
                    }
                } else {
                    from = c;
                    at++;
                }
                if (Character.isSurrogate(from)) {
                    known = false;
                    continue;
                }
                if (at + 1 < s.length() && s.charAt(at) == '-' && s.charAt(at + 1) != ']') {
                    at++;
                    char to = s.charAt(at);
                    if (to == '\\' || to == '[' || Character.isSurrogate(to)) {
                        throw new Unreadable();
                    }
                    at++;
                    if (to < from) {
                        throw new Unreadable();
                    }
                    if (to - from > 200) {
                        known = false;
                    } else {
                        characters.addAll(range(from, to));
                    }
                } else {
                    characters.add(from);
                }
            }
            if (!known || characters.isEmpty()) {
                return First.UNKNOWN;
            }
            return new First(characters, false);
        }

        private static Set<Character> range(char from, char to) {
            Set<Character> set = new TreeSet<>();
            for (char c = from; c <= to; c++) {
                set.add(c);
            }
            return set;
        }

        private static String guard(Set<Character> characters) {
            StringBuilder out = new StringBuilder("(?=[");
            for (char c : characters) {
                if (c < 128 && Character.isLetterOrDigit(c) || c == ' ') {
                    out.append(c);
                } else if (c < 128 && c > 32 && c != 127) {
                    out.append('\\').append(c);
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
            return out.append("])").toString();
        }
    }
}
