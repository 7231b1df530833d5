package uk.mashline.nlu;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads from a regex's source literals one of which a text must hold somewhere for the regex to find a match in it:
 * {@code \b(?:we'?re|i am|...)(?: [\w']+){0,3}? (?:at|to) (?:the )?(?:last|final) (?:stage|step)\b} can match only a text
 * holding "last stage", "last step", "final stage" or "final step". A cue whose start literals are common words ("we",
 * "i am", "its") is tried at nearly every place of every message; perf-48: JFR and a per-cue timing under TurnCpuBench put
 * a few such cues (the last stage said, the hurt disclosure, a parent's consent refused) at a fifth of the cues' time,
 * though their rare words were in almost no message. A text without any of these literals is turned away with no regex
 * run.
 * <p>
 * Only what the regex requires is read, so a text that holds a match holds one of the literals: a part that may be
 * absent ({@code ?}, {@code *}, {@code {0,n}}) or a negative look-around requires nothing; a positive look-around's
 * text is in the text too. Any flag, inline flag group or construct not read here gives null (unknown: no gate).
 */
public final class RequiredLiterals {

    /** Beyond this many whole texts a part's texts are not joined with the next part's. */
    private static final int MAX_TEXTS = 64;
    /** The most literals kept as a gate: more make the literal trie larger for little. */
    private static final int MAX_LITERALS = 256;
    /** A gate whose shortest literal is shorter than this turns away too few texts to be worth asking. */
    public static final int MIN_LENGTH = 3;

    private RequiredLiterals() {
    }

    /**
     * Literals one of which every text the regex finds a match in holds (sorted), each at least {@link #MIN_LENGTH}
     * characters; null when none such can be read.
     */
    public static Set<String> of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return null;
        }
        try {
            Reader reader = new Reader(pattern.pattern());
            Part whole = reader.alternation();
            if (!reader.syntax.atEnd()) {
                return null;
            }
            Set<String> best = whole.best();
            if (best == null || best.size() > MAX_LITERALS || shortest(best) < MIN_LENGTH) {
                return null;
            }
            return new java.util.TreeSet<>(best);
        } catch (RegexSyntax.Unreadable e) {
            return null;
        }
    }

    /**
     * What is known of a part of a regex: every text it can match (null when not known or too many; "" among them when it
     * can match nothing), and literals one of which a text holding a match of it holds (null: none known).
     */
    private record Part(Set<String> texts, Set<String> required) {
        static final Part ZERO_WIDTH = new Part(Set.of(""), null);
        static final Part UNKNOWN = new Part(null, null);

        /** The better of what is required and the whole texts, as a gate; null when neither can be one. */
        Set<String> best() {
            Set<String> whole = texts == null || texts.contains("") ? null : texts;
            return better(required, whole);
        }
    }

    /** The gate that turns more texts away: the longer shortest literal, then the fewer literals. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || a.isEmpty()) {
            return b == null || b.isEmpty() ? null : b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        int la = shortest(a);
        int lb = shortest(b);
        if (la != lb) {
            return la > lb ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    private static int shortest(Set<String> literals) {
        int min = Integer.MAX_VALUE;
        for (String l : literals) {
            min = Math.min(min, l.length());
        }
        return min;
    }

    private static Set<String> joined(Set<String> heads, Set<String> tails) {
        return joined(heads, tails, MAX_TEXTS);
    }

    /** Each of {@code heads} followed by each of {@code tails}; null when either is or there would be more than {@code most}. */
    static Set<String> joined(Set<String> heads, Set<String> tails, int most) {
        if (heads == null || tails == null || (long) heads.size() * tails.size() > most) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (String h : heads) {
            for (String t : tails) {
                out.add(h + t);
            }
        }
        return out;
    }

    /** A regex read by its {@link RegexSyntax}, each piece for what it requires. */
    private static final class Reader {
        private final RegexSyntax syntax;

        Reader(String s) {
            this.syntax = new RegexSyntax(s);
        }

        /** Alternatives up to a ')' or the end. */
        Part alternation() {
            Set<String> texts = new HashSet<>();
            Set<String> required = new HashSet<>();
            boolean textsKnown = true;
            boolean requiredKnown = true;
            do {
                Part one = sequence();
                if (one.texts() == null) {
                    textsKnown = false;
                } else {
                    texts.addAll(one.texts());
                }
                Set<String> gate = one.best();
                if (gate == null) {
                    requiredKnown = false;
                } else {
                    required.addAll(gate);
                }
            } while (syntax.bar());
            return new Part(textsKnown && texts.size() <= MAX_TEXTS ? texts : null,
                    requiredKnown && required.size() <= MAX_LITERALS ? required : null);
        }

        /** Atoms up to a '|', a ')' or the end: the whole texts joined while they can be, the best gate of any run or atom. */
        Part sequence() {
            Set<String> run = Set.of("");
            boolean whole = true;
            Set<String> best = null;
            while (syntax.inSequence()) {
                Part atom = quantified();
                best = better(best, atom.required());
                Set<String> longer = joined(run, atom.texts());
                if (longer != null) {
                    run = longer;
                    continue;
                }
                // the run ends here: as a gate it holds where none of its texts is empty
                best = better(best, run.contains("") ? null : run);
                whole = false;
                run = atom.texts() == null ? Set.of("") : atom.texts();
                best = better(best, atom.best());
            }
            best = better(best, run.contains("") ? null : run);
            return new Part(whole ? run : null, best);
        }

        /** An atom and its quantifier, if any (lazy or possessive: which texts it matches is the same). */
        Part quantified() {
            Part atom = atom();
            RegexSyntax.Quantifier quantifier = syntax.quantifier();
            if (quantifier == null) {
                return atom;
            }
            if (quantifier.symbol() == '?') {
                // present or not
                if (atom.texts() == null) {
                    return Part.UNKNOWN;
                }
                Set<String> texts = new HashSet<>(atom.texts());
                texts.add("");
                return new Part(texts, null);
            }
            if (quantifier.min() == 0) {
                return Part.UNKNOWN;
            }
            // at least once: what one needs, any number need
            return new Part(null, atom.best());
        }

        Part atom() {
            switch (syntax.peek()) {
                case '(':
                    return group();
                case '[':
                    return characterClass(syntax.characterClass());
                case '.':
                    syntax.character();
                    return Part.UNKNOWN;
                case '^':
                case '$':
                    syntax.character();
                    return Part.ZERO_WIDTH;
                case '\\':
                    return escape(syntax.escape());
                case '*':
                case '+':
                case '?':
                case '{':
                case ']':
                case '}':
                    throw new RegexSyntax.Unreadable();
                default:
                    return new Part(Set.of(Character.toString(syntax.character())), null);
            }
        }

        private Part group() {
            RegexSyntax.Group kind = syntax.opening();
            Part inner = alternation();
            syntax.closeGroup();
            if (kind.lookaround() && kind.negative()) {
                return Part.ZERO_WIDTH;
            }
            if (kind.lookaround()) {
                // takes no characters, but what it sees is in the text
                return new Part(Set.of(""), inner.best());
            }
            return inner;
        }

        /** A class of a few plain characters is those characters; any other is unknown. */
        private static Part characterClass(RegexSyntax.CharacterClass read) {
            Set<String> chars = new HashSet<>();
            boolean plain = !read.negated() && !read.compound();
            for (RegexSyntax.Item item : read.items()) {
                if (item instanceof RegexSyntax.Single single && single.escape() == null
                        && single.character() != '-' && single.character() != '&') {
                    chars.add(Character.toString(single.character()));
                } else {
                    plain = false;
                }
            }
            return plain && !chars.isEmpty() && chars.size() <= 4 ? new Part(chars, null) : Part.UNKNOWN;
        }

        private static Part escape(RegexSyntax.Escape escape) {
            if (escape.name() == 'Q') {
                return new Part(Set.of(escape.argument()), null);
            }
            if (escape.zeroWidth()) {
                return Part.ZERO_WIDTH;
            }
            if ("dDwWsShHvVRXpP".indexOf(escape.name()) >= 0) {
                return Part.UNKNOWN;
            }
            if ("tnrf".indexOf(escape.name()) < 0 && Character.isLetterOrDigit(escape.name())) {
                // back references, hexadecimal, unicode and control escapes, octal, named references: not read
                throw new RegexSyntax.Unreadable();
            }
            return new Part(Set.of(Character.toString(escape.character())), null);
        }
    }
}
