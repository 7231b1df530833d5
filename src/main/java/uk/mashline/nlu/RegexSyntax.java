package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * A java.util.regex source read one piece at a time, without running it: a group's opening and its kind, a quantifier,
 * an escape, a character class, a plain character, a {@code |} or a {@code )}. The readers that ask a regex's source a
 * question ({@link FirstCharGuards}: what a group's matches begin with; {@link RequiredLiterals}: what a text with a match
 * must hold; {@link RegexLiterals}: what a match starts with) each read it their own way before debt-49, and a piece read
 * one way by one and another by the next silences a cue or a danger rule: here is the one reading of how far each piece
 * reaches and what it is, and each reader keeps only its own question.
 * <p>
 * Whatever is not read ({@code (?i)}, a quantifier with nothing before it, a class or group not closed) throws
 * {@link Unreadable}, and the readers then answer "not known", which is always safe.
 */
final class RegexSyntax {

    /** The piece cannot be read here: the reader answers "not known". */
    static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** What kind of group a {@code (} opens. */
    enum Group {
        CAPTURING, NON_CAPTURING, ATOMIC, NAMED, LOOKAHEAD, NEGATIVE_LOOKAHEAD, LOOKBEHIND, NEGATIVE_LOOKBEHIND;

        /** Takes no characters: a look-ahead or look-behind. */
        boolean lookaround() {
            return ordinal() >= LOOKAHEAD.ordinal();
        }

        boolean lookbehind() {
            return this == LOOKBEHIND || this == NEGATIVE_LOOKBEHIND;
        }

        boolean negative() {
            return this == NEGATIVE_LOOKAHEAD || this == NEGATIVE_LOOKBEHIND;
        }
    }

    /** A quantifier as written ({@code ?}, {@code *}, {@code +} or {@code {}) and the fewest times it allows. */
    record Quantifier(char symbol, int min) {
    }

    /**
     * An escape: the character after the backslash and what it reads beyond it (the four hex digits of a u escape, the name
     * in {@code \p{L}} or {@code \k<name>}, the quoted text of {@code \Q...\E}, the digits of a back-reference).
     */
    record Escape(char name, String argument) {

        /** {@code \b \B \A \G \z \Z}: a test at a place, no character. */
        boolean zeroWidth() {
            return "bBAGzZ".indexOf(name) >= 0;
        }

        /** The one character it stands for ({@code \t \n \r \f}, a u escape's, an escaped mark), or -1. */
        int character() {
            return switch (name) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                case 'u' -> Integer.parseInt(argument, 16);
                default -> Character.isLetterOrDigit(name) ? -1 : name;
            };
        }
    }

    /** A character class: negated or not, what it lists, and whether it nests a class or intersects ({@code &&}). */
    record CharacterClass(boolean negated, List<Item> items, boolean compound) {
    }

    /** One thing a class lists. */
    sealed interface Item permits Single, Range, Shorthand {
    }

    /** One character, written plain or escaped ({@code escape} null when plain). */
    record Single(int character, Escape escape) implements Item {
    }

    /** {@code a-z}: from and to, both included; {@code plain} when neither end is escaped. */
    record Range(int from, int to, boolean plain) implements Item {
    }

    /** An escape that stands for more than one character ({@code \d}, {@code \w}, {@code \p{L}}) or is not read. */
    record Shorthand(Escape escape) implements Item {
    }

    private final String s;
    private int at;

    RegexSyntax(String source) {
        this(source, 0);
    }

    /** Reading from {@code at}. */
    RegexSyntax(String source, int at) {
        this.s = source;
        this.at = at;
    }

    String source() {
        return s;
    }

    /** Where the next piece begins. */
    int at() {
        return at;
    }

    boolean atEnd() {
        return at >= s.length();
    }

    /** The next character, not read. */
    char peek() {
        return s.charAt(at);
    }

    /** Whether the sequence being read goes on: neither a {@code |}, a {@code )} nor the end is next. */
    boolean inSequence() {
        return at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')';
    }

    /** Reads a {@code |} if one is next. */
    boolean bar() {
        if (at < s.length() && s.charAt(at) == '|') {
            at++;
            return true;
        }
        return false;
    }

    /** Reads the {@code )} that must come next. */
    void closeGroup() {
        if (at >= s.length() || s.charAt(at) != ')') {
            throw new Unreadable();
        }
        at++;
    }

    /** Reads a plain character (a surrogate pair whole) and gives its code point. */
    int character() {
        int c = s.codePointAt(at);
        at += Character.charCount(c);
        return c;
    }

    /** Reads a group's opening, the {@code (} next; inline flags ({@code (?i)}, {@code (?i:}) are not read. */
    Group opening() {
        at++;
        if (at >= s.length() || s.charAt(at) != '?') {
            return Group.CAPTURING;
        }
        at++;
        if (at >= s.length()) {
            throw new Unreadable();
        }
        char kind = s.charAt(at);
        char next = at + 1 < s.length() ? s.charAt(at + 1) : 0;
        Group group = switch (kind) {
            case ':' -> Group.NON_CAPTURING;
            case '>' -> Group.ATOMIC;
            case '=' -> Group.LOOKAHEAD;
            case '!' -> Group.NEGATIVE_LOOKAHEAD;
            case '<' -> next == '=' ? Group.LOOKBEHIND : next == '!' ? Group.NEGATIVE_LOOKBEHIND
                    : Character.isLetter(next) ? Group.NAMED : null;
            // inline flags, (?i) or (?i:...): the readers would not follow them
            default -> null;
        };
        if (group == null) {
            throw new Unreadable();
        }
        at = group == Group.NAMED ? closing('>', at) + 1 : at + (kind == '<' ? 2 : 1);
        return group;
    }

    /** Reads the quantifier after an atom, with its lazy or possessive mark; null when none is next. */
    Quantifier quantifier() {
        if (at >= s.length()) {
            return null;
        }
        char c = s.charAt(at);
        Quantifier q;
        if (c == '?' || c == '*') {
            at++;
            q = new Quantifier(c, 0);
        } else if (c == '+') {
            at++;
            q = new Quantifier(c, 1);
        } else if (c == '{') {
            int close = closing('}', at);
            String bounds = s.substring(at + 1, close);
            if (!bounds.matches("\\d+(?:,\\d*)?")) {
                throw new Unreadable();
            }
            try {
                q = new Quantifier(c, Integer.parseInt(bounds.split(",", -1)[0]));
            } catch (NumberFormatException tooLarge) {
                throw new Unreadable();
            }
            at = close + 1;
        } else {
            return null;
        }
        if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
            at++;
        }
        return q;
    }

    /** Reads an escape, the backslash next, as far as it reaches. */
    Escape escape() {
        at++;
        if (at >= s.length()) {
            throw new Unreadable();
        }
        char name = s.charAt(at++);
        int from = at;
        switch (name) {
            case 'u' -> {
                at += 4;
                if (at > s.length() || !s.substring(from, at).matches("[0-9a-fA-F]{4}")) {
                    throw new Unreadable();
                }
            }
            case 'p', 'P', 'N', 'x' -> {
                if (at < s.length() && s.charAt(at) == '{') {
                    at = closing('}', at) + 1;
                } else {
                    at += name == 'x' ? 2 : 1;
                }
            }
            case 'k' -> at = closing('>', at) + 1;
            case 'c' -> at++;
            case 'Q' -> {
                int end = s.indexOf("\\E", at);
                at = end < 0 ? s.length() : end + 2;
                return new Escape(name, s.substring(from, end < 0 ? s.length() : end));
            }
            default -> {
                // a back-reference (or an octal escape) reads all its digits
                while (Character.isDigit(name) && at < s.length() && Character.isDigit(s.charAt(at))) {
                    at++;
                }
            }
        }
        if (at > s.length()) {
            throw new Unreadable();
        }
        return new Escape(name, s.substring(from, at));
    }

    /** Reads a character class, the {@code [} next, to its {@code ]} (a {@code ]} first in it is itself). */
    CharacterClass characterClass() {
        at++;
        boolean negated = at < s.length() && s.charAt(at) == '^';
        if (negated) {
            at++;
        }
        List<Item> items = new ArrayList<>();
        boolean compound = false;
        boolean first = true;
        while (true) {
            if (at >= s.length()) {
                throw new Unreadable();
            }
            char c = s.charAt(at);
            if (c == ']' && !first) {
                at++;
                return new CharacterClass(negated, items, compound);
            }
            first = false;
            if (c == '[') {
                characterClass();
                compound = true;
                continue;
            }
            if (s.startsWith("&&", at)) {
                at += 2;
                compound = true;
                continue;
            }
            Item item = classCharacter();
            if (item instanceof Single from && at + 1 < s.length() && s.charAt(at) == '-' && s.charAt(at + 1) != ']') {
                at++;
                if (s.charAt(at) == '[' || !(classCharacter() instanceof Single to) || to.character() < from.character()) {
                    throw new Unreadable();
                }
                item = new Range(from.character(), to.character(), from.escape() == null && to.escape() == null);
            }
            items.add(item);
        }
    }

    private Item classCharacter() {
        if (s.charAt(at) != '\\') {
            return new Single(character(), null);
        }
        Escape e = escape();
        int c = e.character();
        return c < 0 ? new Shorthand(e) : new Single(c, e);
    }

    private int closing(char mark, int from) {
        int close = s.indexOf(mark, from);
        if (close < 0) {
            throw new Unreadable();
        }
        return close;
    }

    /** Reads one piece of any kind as far as it reaches: an escape, a class, or a single character (for {@link RegexScan}). */
    void piece() {
        char c = s.charAt(at);
        if (c == '\\') {
            escape();
        } else if (c == '[') {
            characterClass();
        } else {
            at++;
        }
    }
}
