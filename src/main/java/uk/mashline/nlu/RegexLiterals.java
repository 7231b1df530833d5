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
    /**
     * Begins {@link #prefixesOrStartNeeds}'s mark for an alternative {@code ^...} that can only match when words beginning
     * with given literals occur somewhere in the text ({@code ^(?!.*\bchild\b).*\belderly\b}): the sets of literals
     * follow, {@link #NEEDS_APART} between sets, {@link #LITERALS_APART} between a set's literals.
     */
    static final String TEXT_START_NEEDS = TEXT_START + "\u0001";
    private static final String NEEDS_APART = "\u0002";
    private static final String LITERALS_APART = "\u0003";
    /** The most literals a group followed by more words is read as ("(?:he|she) is" as "he is", "she is"): beyond, its own. */
    private static final int MAX_LONGER = 256;
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
        for (String alternative : RegexScan.splitTopLevel(pattern.pattern())) {
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
     * start cannot be read gives {@link #TEXT_START_NEEDS} with what it needs ({@link #startNeeds}), or {@link #TEXT_START}
     * alone.
     */
    static Set<String> prefixesOrStartLiterals(Pattern pattern, boolean anchored) {
        boolean lines = (pattern.flags() & Pattern.MULTILINE) != 0 || INLINE_MULTILINE.matcher(pattern.pattern()).find();
        return prefixes(pattern.pattern(), anchored, !lines, true);
    }

    /**
     * As {@link #prefixesOrStart(Pattern)}, but an alternative {@code ^...} that holds lookaheads {@code (?=.*X)} or goes on
     * with {@code .*X}, where X starts at a word with one of some literals, gives {@link #TEXT_START_NEEDS} with the sets of
     * those literals ({@link #startNeeds}): a match of it needs a word beginning with one of each set's literals somewhere in
     * the text (route cues' {@code ^(?!.*{ANY_CHILD}).*{ADULT}} and {@code ^(?=.*{PRACTITIONER})(?=.*\b(?:advice|...))},
     * tried at the start of every message before).
     */
    static Set<String> prefixesOrStartNeeds(Pattern pattern) {
        boolean lines = (pattern.flags() & Pattern.MULTILINE) != 0 || INLINE_MULTILINE.matcher(pattern.pattern()).find();
        return prefixes(pattern.pattern(), false, !lines, false, true);
    }

    /**
     * The sets of word literals that a mark of {@link #prefixesOrStartNeeds} holds: the text must have a word beginning with
     * one literal of each set. Empty for {@link #TEXT_START} alone (the alternative may match whatever the text holds).
     */
    static List<Set<String>> startNeeds(String mark) {
        if (!mark.startsWith(TEXT_START_NEEDS)) {
            return List.of();
        }
        List<Set<String>> needs = new ArrayList<>();
        for (String set : mark.substring(TEXT_START_NEEDS.length()).split(NEEDS_APART)) {
            needs.add(Set.of(set.split(LITERALS_APART)));
        }
        return needs;
    }

    private static Set<String> prefixes(String regex, boolean anchored, boolean start) {
        return prefixes(regex, anchored, start, false);
    }

    private static Set<String> prefixes(String regex, boolean anchored, boolean start, boolean afterStart) {
        return prefixes(regex, anchored, start, afterStart, false);
    }

    private static Set<String> prefixes(String regex, boolean anchored, boolean start, boolean afterStart, boolean needs) {
        List<String> alternatives = RegexScan.splitTopLevel(regex);
        if (alternatives.size() > 1) {
            // "\bx ...|\by ...": a match starts with a prefix of one alternative or the other
            Set<String> all = new HashSet<>();
            for (String alternative : alternatives) {
                Set<String> p = prefixes(alternative, anchored, start, afterStart, needs);
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
            if (RegexScan.lookaroundAt(re, 0)) {
                int close = RegexScan.closingParen(re, 0);
                if (close < 0 || RegexScan.quantifierAt(re, close + 1)) {
                    return null;
                }
                re = re.substring(close + 1);
            } else if (re.startsWith("\\b")) {
                re = re.substring(2);
                anchored = true;
            } else if (re.startsWith("(?:") && zeroWidthGroup(re)) {
                // "(?:(?<!\bhow )(?<!\bwhere ))\b(?:do|should) i ...", route cues' {HOW}: a group of lookarounds alone takes
                // no characters either (it was run at every position of every message)
                re = re.substring(RegexScan.closingParen(re, 0) + 1);
            } else {
                break;
            }
        }
        if (start && needs && re.startsWith("^")) {
            // "^(?!.*{ANY_CHILD}).*{ADULT}": tried at the text's start, but only worth it where an {ADULT} word occurs
            return needsMark(needsAfterStart(re.substring(1)));
        }
        if (start && re.startsWith("^")) {
            // "^(?!.*\byesterday\b)": without MULTILINE, a match of this alternative starts at the text's start alone
            Set<String> after = afterStart ? prefixes(re.substring(1), true, false, false) : null;
            if (afterStart && (after == null || after.isEmpty() || after.contains(""))) {
                // "^(?!.*\bcomplain\w*\b).*\b(?:how long|when)\b...": where its start cannot be read, what it needs may be
                return needsMark(needsAfterStart(re.substring(1)));
            }
            if (after == null || after.isEmpty() || after.contains("")) {
                return Set.of(TEXT_START);
            }
            Set<String> marked = new HashSet<>();
            after.forEach(literal -> marked.add(TEXT_START + literal));
            return marked;
        }
        int groupBody = re.startsWith("(?:") ? 3 : re.startsWith("(") && !re.startsWith("(?") ? 1 : -1;
        if (groupBody > 0) {
            int close = RegexScan.closingParen(re, 0);
            if (close < 0) {
                return null;
            }
            String rest = re.substring(close + 1);
            if (anchored && !rest.isEmpty() && !RegexScan.quantifierAt(rest, 0)) {
                // "(?:he|she) is here": a match starts with "he is here" or "she is here", not just "he" (a word start
                // of most messages), where the group's whole texts and what follows can be read
                Set<String> longer = then(wholeTexts(re.substring(0, close + 1)), rest);
                if (longer != null) {
                    return longer;
                }
            }
            Set<String> all = new HashSet<>();
            if (!rest.isEmpty() && "?*".indexOf(rest.charAt(0)) >= 0) {
                // An optional group: the match may instead start with whatever follows it.
                Set<String> after = prefixes(rest.substring(1), anchored, start, afterStart, needs);
                if (after == null) {
                    return null;
                }
                all.addAll(after);
            } else if (!rest.isEmpty() && rest.charAt(0) == '{') {
                return null;
            }
            for (String alternative : RegexScan.splitTopLevel(re.substring(groupBody, close))) {
                Set<String> p = prefixes(alternative, anchored, start, afterStart, needs);
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
        if (i == 1 && re.length() > 2 && re.charAt(1) == '?' && "?+".indexOf(re.charAt(2)) < 0) {
            // "(?:she|he)? ?(?:that )?hits": a match starts with the optional character and what follows, or what
            // follows alone (such a cue of the dialogue was searched at every position of every message)
            Set<String> with = prefixes(re.charAt(0) + re.substring(2), true, start, afterStart, needs);
            Set<String> without = prefixes(re.substring(2), true, start, afterStart, needs);
            if (with == null || without == null || with.contains("") || without.contains("")) {
                return null;
            }
            Set<String> both = new HashSet<>(with);
            both.addAll(without);
            return both;
        }
        if (i < re.length() && "?*{".indexOf(re.charAt(i)) >= 0) {
            i--;
        } else if (i > 0 && i < re.length() && "([\\".indexOf(re.charAt(i)) >= 0) {
            // "one of (?:my|our) pupils": "one of my", "one of our", where what follows the words can be read
            Set<String> longer = then(Set.of(re.substring(0, i)), re.substring(i));
            if (longer != null) {
                return longer;
            }
        }
        return i <= 0 ? null : Set.of(re.substring(0, i));
    }

    /**
     * Each of {@code heads} followed by each literal one of which a match of {@code rest} starts with, or null when
     * those cannot be read or there would be more than {@link #MAX_LONGER}.
     */
    private static Set<String> then(Set<String> heads, String rest) {
        if (heads == null || heads.isEmpty()) {
            return null;
        }
        Set<String> tails = prefixes(rest, true, false, false, false);
        return tails == null || tails.isEmpty() ? null : RequiredLiterals.joined(heads, tails, MAX_LONGER);
    }

    /**
     * Every text {@code re} can match, when it is made of plain words, spaces, groups of such alternatives and
     * {@code ?} after a character or group ("(?:my|our|one of (?:my|our))", "pupils?"): more than that where it holds
     * lookarounds or word boundaries (they are passed over), never fewer. Null when it holds anything else, may match
     * the empty text, or has more than {@link #MAX_LONGER} texts.
     */
    static Set<String> wholeTexts(String re) {
        Set<String> texts = Set.of("");
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            Set<String> piece;
            int next;
            if (Character.isLetterOrDigit(c) || c == ' ') {
                piece = Set.of(String.valueOf(c));
                next = i + 1;
            } else if (re.startsWith("\\b", i)) {
                i += 2;
                continue;
            } else if (RegexScan.lookaroundAt(re, i)) {
                int close = RegexScan.closingParen(re, i);
                if (close < 0 || RegexScan.quantifierAt(re, close + 1)) {
                    return null;
                }
                i = close + 1;
                continue;
            } else if (re.startsWith("(?:", i) || (c == '(' && !re.startsWith("(?", i))) {
                int close = RegexScan.closingParen(re, i);
                if (close < 0) {
                    return null;
                }
                Set<String> alternatives = new HashSet<>();
                for (String alternative : RegexScan.splitTopLevel(re.substring(i + (c == '(' && re.charAt(i + 1) != '?' ? 1 : 3), close))) {
                    Set<String> whole = wholeTexts(alternative);
                    if (whole == null) {
                        return null;
                    }
                    alternatives.addAll(whole);
                }
                piece = alternatives;
                next = close + 1;
            } else {
                return null;
            }
            if (next < re.length() && "*+{".indexOf(re.charAt(next)) >= 0) {
                return null;
            }
            if (next < re.length() && re.charAt(next) == '?') {
                // "pupils?", "(?:ly)?", "(?:ly)??": present or not
                piece = new HashSet<>(piece);
                piece.add("");
                next++;
                if (next < re.length() && "?+".indexOf(re.charAt(next)) >= 0) {
                    next++;
                }
            }
            Set<String> joined = new HashSet<>();
            for (String before : texts) {
                for (String after : piece) {
                    joined.add(before + after);
                }
            }
            if (joined.size() > MAX_LONGER) {
                return null;
            }
            texts = joined;
            i = next;
        }
        return texts.contains("") ? null : texts;
    }

    /** {@link #TEXT_START_NEEDS} with the sets of literals, or {@link #TEXT_START} alone when there are none. */
    private static Set<String> needsMark(List<Set<String>> sets) {
        if (sets.isEmpty()) {
            return Set.of(TEXT_START);
        }
        List<String> encoded = new ArrayList<>();
        sets.forEach(set -> encoded.add(String.join(LITERALS_APART, new java.util.TreeSet<>(set))));
        return Set.of(TEXT_START_NEEDS + String.join(NEEDS_APART, encoded));
    }

    /**
     * What a match at the text's start of {@code re} (an alternative's rest after its {@code ^}) needs the text to hold:
     * for each lookahead {@code (?=.*X)} among those it opens with, and for {@code .*X} after them, the word literals one of
     * which X starts with, where they can be read. Empty when none can.
     */
    private static List<Set<String>> needsAfterStart(String re) {
        List<Set<String>> sets = new ArrayList<>();
        // a group of lookarounds as alternatives ("(?:(?=.*\\bparcels\\b)|(?!.*\\bolder men\\b))", criminal-exploitation.tsv)
        // needs nothing of its own, one alternative or the other holding: passed over like a negative lookahead
        while (re.startsWith("(?=") || re.startsWith("(?!") || re.startsWith("(?:") && zeroWidthGroup(re)) {
            int close = RegexScan.closingParen(re, 0);
            if (close < 0 || RegexScan.quantifierAt(re, close + 1)) {
                // an optional lookahead: what the ones before it need still holds
                return sets;
            }
            if (re.startsWith("(?=")) {
                Set<String> words = wordsSomewhere(re.substring(3, close));
                if (words != null) {
                    sets.add(words);
                }
            }
            re = re.substring(close + 1);
        }
        Set<String> words = wordsSomewhere(re);
        if (words != null) {
            sets.add(words);
        }
        return sets;
    }

    /** For {@code .*X}: the literals one of which a word of the text must begin with for X to be found, or null. */
    private static Set<String> wordsSomewhere(String re) {
        // "(?:.*?)X" and ".*?X" need X somewhere as ".*X" does (lazy or greedy, only which X is matched differs)
        if (re.startsWith("(?:.*?)") || re.startsWith("(?:.*)")) {
            re = ".*" + re.substring(re.indexOf(')') + 1);
        } else if (re.startsWith(".*?")) {
            re = ".*" + re.substring(3);
        }
        // ".*+X" and the like are not read: the rest must be X itself
        if (!re.startsWith(".*") || re.length() < 3 || "?+".indexOf(re.charAt(2)) >= 0) {
            return null;
        }
        Set<String> words = prefixes(re.substring(2), false, false, false, false);
        return words == null || words.isEmpty() || words.contains("") ? null : words;
    }

    /**
     * Whether {@code re} opens with a group {@code (?:...)} of lookarounds alone, one after another or as alternatives,
     * with no quantifier after it: it takes no characters, so a match starts with what follows it. The risk rules' adult
     * survivor ignore, {@code (?:(?<=\bi am 30\b.{0,200})|(?=.{0,200}\bi am 30\b))\b(?:raped me|...)}, was run at every
     * position of every message, its look-ahead reading up to 200 characters at each (with one other, 60% of a turn's
     * CPU under load).
     */
    private static boolean zeroWidthGroup(String re) {
        int close = RegexScan.closingParen(re, 0);
        if (close < 0 || RegexScan.quantifierAt(re, close + 1)) {
            return false;
        }
        for (String alternative : RegexScan.splitTopLevel(re.substring(3, close))) {
            if (!lookaroundsAlone(alternative)) {
                return false;
            }
        }
        return true;
    }

    // "(?<!a)(?!b)": lookarounds one after another, each without a quantifier, and nothing else
    private static boolean lookaroundsAlone(String body) {
        if (body.isEmpty()) {
            return false;
        }
        while (!body.isEmpty()) {
            if (!RegexScan.lookaroundAt(body, 0)) {
                return false;
            }
            int end = RegexScan.closingParen(body, 0);
            if (end < 0 || RegexScan.quantifierAt(body, end + 1)) {
                return false;
            }
            body = body.substring(end + 1);
        }
        return true;
    }

    /**
     * The characters of the plain class {@code re} starts with ("[2-6]", "[a-z]", "[13579]": letters and digits, single
     * or in ranges), each a prefix, or null when the class is negated, holds anything else, is larger than
     * {@link #MAX_CLASS} or may be absent ("[0-9]?", "[0-9]*", "[0-9]{0,2}").
     */
    private static Set<String> classCharacters(String re) {
        int end = RegexScan.endOfClass(re, 0);
        RegexSyntax.CharacterClass read = end < 0 ? null : RegexScan.classAtStart(re);
        if (read == null || read.negated() || read.compound()) {
            return null;
        }
        if (end + 1 < re.length() && ("?*".indexOf(re.charAt(end + 1)) >= 0 || re.startsWith("{0", end + 1))) {
            return null;
        }
        Set<String> chars = new HashSet<>();
        for (RegexSyntax.Item item : read.items()) {
            int from;
            int to;
            if (item instanceof RegexSyntax.Single single && single.escape() == null) {
                from = single.character();
                to = from;
            } else if (item instanceof RegexSyntax.Range range && range.plain()) {
                from = range.from();
                to = range.to();
            } else {
                return null;
            }
            if (!Character.isLetterOrDigit(from) || !Character.isLetterOrDigit(to)) {
                return null;
            }
            for (int c = from; c <= to; c++) {
                chars.add(Character.toString(c));
                if (chars.size() > MAX_CLASS) {
                    return null;
                }
            }
        }
        return chars.isEmpty() ? null : chars;
    }
}
