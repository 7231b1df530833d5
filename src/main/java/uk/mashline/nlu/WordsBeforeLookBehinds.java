package uk.mashline.nlu;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Asks first whether a regex's words can follow a place, and only then looks behind it: an alternative written
 * {@code (?<!\b(?:again|tonight|...)\b.{0,200})\b(?:tried to (?:take|end) ...)} becomes
 * {@code (?=\b(?:tried to (?:take|end) ...))(?<!\b(?:again|tonight|...)\b.{0,200})\b(?:tried to (?:take|end) ...)}.
 * java.util.regex tests a look-behind that reaches back over {@code .{0,200}} by trying its alternation at every place
 * it could begin, and it does so before the words that follow, at every place the prefilter found their first word:
 * the risk rules' ignores and reassuring wording are mostly such look-behinds, and at most places ("a ", "her ") the
 * words that follow are not there (JFR under the understanding step, nlu-48: the ignores alone 13% of its time).
 * <p>
 * The same matches: zero-width tests at one place all must pass, in any order, and the look-ahead passes exactly when
 * the words can match there, which the alternative needs anyway; the words are then matched as before, so a match
 * ends where it did. Only regexes without capturing groups (the look-ahead's groups would stay set), flags, inline
 * flags, quoting, back references or nested classes are rewritten, and only alternatives whose look-behinds reach
 * far ({@code .{0,}), where the look-ahead costs less than it saves; anything else is returned as it is.
 */
final class WordsBeforeLookBehinds {

    private WordsBeforeLookBehinds() {
    }

    /** The pattern with its far-reaching look-behinds tested after the words they stand before; else the pattern itself. */
    static Pattern reordered(Pattern pattern) {
        String source = pattern.pattern();
        if (pattern.flags() != 0 || pattern.matcher("").groupCount() != 0 || source.contains("&&") || source.contains("[[")
                || source.contains("\\Q") || source.matches("(?s).*\\\\(?:[1-9]|k<).*")
                || source.matches("(?s).*\\(\\?[a-zA-Z-]+[:)].*")) {
            return pattern;
        }
        String rewritten = reordered(source);
        if (rewritten == null || rewritten.equals(source)) {
            return pattern;
        }
        try {
            Pattern compiled = Pattern.compile(rewritten);
            return compiled.matcher("").groupCount() == 0 ? compiled : pattern;
        } catch (PatternSyntaxException e) {
            return pattern;
        }
    }

    /** The regex with each top-level alternative reordered where that applies; null when it cannot be read. */
    static String reordered(String regex) {
        List<String> alternatives = RegexScan.splitTopLevel(regex);
        StringBuilder out = new StringBuilder(regex.length() * 2);
        for (int i = 0; i < alternatives.size(); i++) {
            String alternative = reorderedAlternative(alternatives.get(i));
            if (alternative == null) {
                return null;
            }
            out.append(i > 0 ? "|" : "").append(alternative);
        }
        return out.toString();
    }

    /** One alternative: its leading run of zero-width tests, then the rest; the rest tested first when the run reaches far. */
    private static String reorderedAlternative(String alternative) {
        int at = 0;
        boolean farBehind = false;
        while (at < alternative.length()) {
            if (alternative.startsWith("\\b", at)) {
                at += 2;
                continue;
            }
            if (!RegexScan.lookaroundAt(alternative, at)) {
                break;
            }
            boolean behind = alternative.startsWith("(?<", at);
            int close = RegexScan.closingParen(alternative, at);
            if (close < 0) {
                return null;
            }
            if (RegexScan.quantifierAt(alternative, close + 1)) {
                // a quantified look-around is no plain test at one place: left as written
                return alternative;
            }
            farBehind |= behind && alternative.substring(at, close).contains(".{0,");
            at = close + 1;
        }
        String rest = alternative.substring(at);
        if (!farBehind || rest.isEmpty()) {
            return alternative;
        }
        return "(?=" + rest + ")" + alternative;
    }
}
