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
    /** What {@code \\s} matches. */
    private static final Set<Character> WHITE_SPACE = Set.of(' ', '\t', '\n', '\u000B', '\f', '\r');
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
            if (!reader.syntax.atEnd()) {
                return regex;
            }
            return reader.rewritten();
        } catch (RegexSyntax.Unreadable e) {
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

    /** A part of a sequence: what it begins with, whether it is a zero-width assertion, its alternatives if a group. */
    private record Atom(First first, boolean zeroWidth, int alternatives) {
    }

    /** A regex read by its {@link RegexSyntax}, each piece for what its matches begin with, the guards kept by offset. */
    private static final class Reader {
        private final RegexSyntax syntax;
        /** The source, for the offsets guards are put at. */
        private final String s;
        /** Guards to insert, by offset in the source. */
        private final Map<Integer, String> guards = new TreeMap<>();
        /** Offsets of the {@code \b}s moved to the front of their run of zero-width tests. */
        private final Set<Integer> moved = new TreeSet<>();
        /** The runs' starts they were moved to, each with how many: written after a guard there, which is cheaper still. */
        private final Map<Integer, Integer> boundaries = new TreeMap<>();
        private int alternativesRead;

        Reader(String s) {
            this.syntax = new RegexSyntax(s);
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
                if (!syntax.bar()) {
                    break;
                }
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
            while (syntax.inSequence()) {
                int start = syntax.at();
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
                    boolean wordBoundary = syntax.at() == start + 2 && s.startsWith("\\b", start);
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
            char c = syntax.peek();
            switch (c) {
                case '(':
                    return group(inLookbehind);
                case '[':
                    return new Atom(characterClass(syntax.characterClass()), false, 0);
                case '\\':
                    return escape(syntax.escape());
                case '.':
                    syntax.character();
                    return new Atom(First.UNKNOWN, false, 0);
                case '^':
                case '$':
                    syntax.character();
                    return new Atom(First.ZERO_WIDTH, true, 0);
                case '*':
                case '+':
                case '?':
                case '{':
                    // a quantifier with nothing before it
                    throw new RegexSyntax.Unreadable();
                default:
                    return new Atom(of(syntax.character()), false, 0);
            }
        }

        private Atom group(boolean inLookbehind) {
            RegexSyntax.Group kind = syntax.opening();
            First inside = alternation(inLookbehind || kind.lookbehind());
            int alternatives = alternativesRead;
            syntax.closeGroup();
            if (kind.lookaround()) {
                return new Atom(First.ZERO_WIDTH, true, 0);
            }
            return new Atom(inside, false, alternatives);
        }

        /** After an atom: reads its quantifier, if any, and tells whether it allows the atom zero times. */
        private boolean quantifierAllowsZero() {
            RegexSyntax.Quantifier quantifier = syntax.quantifier();
            return quantifier != null && quantifier.min() == 0;
        }

        private static Atom escape(RegexSyntax.Escape escape) {
            if (escape.zeroWidth()) {
                return new Atom(First.ZERO_WIDTH, true, 0);
            }
            return switch (escape.name()) {
                case 'd' -> new Atom(new First(range('0', '9'), false), false, 0);
                case 's' -> new Atom(new First(WHITE_SPACE, false), false, 0);
                case 'Q' -> new Atom(escape.argument().isEmpty() ? First.UNKNOWN
                        : of(escape.argument().codePointAt(0)), false, 0);
                // \w, \D, \p{L}, \x.., a back-reference...: what it matches is not read (character() is -1)
                default -> new Atom(of(escape.character()), false, 0);
            };
        }

        /** A character as a first character: unknown when it is none (-1) or beyond one char (a surrogate pair). */
        private static First of(int character) {
            return character < 0 || character > Character.MAX_VALUE || Character.isSurrogate((char) character)
                    ? First.UNKNOWN : First.of((char) character);
        }

        /** A class such as [a-z'] read as its characters; negated, nested or intersected ones are not read. */
        private static First characterClass(RegexSyntax.CharacterClass read) {
            if (read.negated() || read.compound()) {
                return First.UNKNOWN;
            }
            Set<Character> characters = new TreeSet<>();
            for (RegexSyntax.Item item : read.items()) {
                if (item instanceof RegexSyntax.Single single) {
                    First one = of(single.character());
                    if (one.characters() == null) {
                        return First.UNKNOWN;
                    }
                    characters.addAll(one.characters());
                } else if (item instanceof RegexSyntax.Range range) {
                    if (range.to() > Character.MAX_VALUE || range.to() - range.from() > 200
                            || Character.isSurrogate((char) range.from()) || Character.isSurrogate((char) range.to())) {
                        return First.UNKNOWN;
                    }
                    characters.addAll(range((char) range.from(), (char) range.to()));
                } else if (item instanceof RegexSyntax.Shorthand shorthand && shorthand.escape().name() == 'd') {
                    characters.addAll(range('0', '9'));
                } else if (item instanceof RegexSyntax.Shorthand shorthand && shorthand.escape().name() == 's') {
                    characters.addAll(WHITE_SPACE);
                } else {
                    return First.UNKNOWN;
                }
            }
            return characters.isEmpty() ? First.UNKNOWN : new First(characters, false);
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
