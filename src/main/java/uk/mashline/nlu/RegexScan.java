package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Questions about the outline of a regex's source, asked without reading it all ({@link RegexLiterals} slices a regex into
 * its alternatives and groups, {@link WordsBeforeLookBehinds} and {@link PatternPrefilter} too): where a group or a class
 * closes, what its top-level alternatives are, whether a quantifier or a look-around comes next. Each passes over escapes
 * and classes by {@link RegexSyntax}'s reading of them (debt-49: they had a reading of their own, a class not nested).
 */
final class RegexScan {

    private RegexScan() {
    }

    /** Whether a quantifier begins at {@code i} of {@code re}. */
    static boolean quantifierAt(String re, int i) {
        return i < re.length() && "?*+{".indexOf(re.charAt(i)) >= 0;
    }

    /** Whether a look-ahead or look-behind opens at {@code i} of {@code re}. */
    static boolean lookaroundAt(String re, int i) {
        return re.startsWith("(?=", i) || re.startsWith("(?!", i) || re.startsWith("(?<=", i) || re.startsWith("(?<!", i);
    }

    /** The index of the parenthesis closing the one opened at {@code open}, or -1 (escapes and classes passed over). */
    static int closingParen(String re, int open) {
        return scan(re, open, (c, at, depth) -> c == ')' && depth == 0);
    }

    /** The index of the {@code ]} closing the character class opened at {@code open}, or -1. */
    static int endOfClass(String re, int open) {
        RegexSyntax syntax = new RegexSyntax(re, open);
        try {
            syntax.characterClass();
            return syntax.at() - 1;
        } catch (RegexSyntax.Unreadable e) {
            return -1;
        }
    }

    /** The class opened at the start of {@code re}, or null when it cannot be read. */
    static RegexSyntax.CharacterClass classAtStart(String re) {
        try {
            return new RegexSyntax(re).characterClass();
        } catch (RegexSyntax.Unreadable e) {
            return null;
        }
    }

    /** The alternatives of a regex at its top level (not inside groups or character classes). */
    static List<String> splitTopLevel(String re) {
        List<String> parts = new ArrayList<>();
        int[] from = {0};
        // a piece not closed (the scan's -1): the rest is one part
        scan(re, 0, (c, at, depth) -> {
            if (c == '|' && depth == 0) {
                parts.add(re.substring(from[0], at));
                from[0] = at + 1;
            }
            return false;
        });
        parts.add(re.substring(from[0]));
        return parts;
    }

    /** Asked of each piece a scan passes: its first character, where it begins, the depth of groups it is in (after it). */
    private interface Stop {
        boolean at(char c, int at, int depth);
    }

    /**
     * Passes over the pieces of {@code re} from {@code from}, escapes and classes whole, each {@code (} one group deeper and
     * each {@code )} one shallower; where {@code stop} holds, that piece's place, else -1 (the end, or a piece not read).
     */
    private static int scan(String re, int from, Stop stop) {
        RegexSyntax syntax = new RegexSyntax(re, from);
        int depth = 0;
        try {
            while (!syntax.atEnd()) {
                char c = syntax.peek();
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (stop.at(c, syntax.at(), depth)) {
                    return syntax.at();
                }
                syntax.piece();
            }
        } catch (RegexSyntax.Unreadable e) {
            return -1;
        }
        return -1;
    }
}
