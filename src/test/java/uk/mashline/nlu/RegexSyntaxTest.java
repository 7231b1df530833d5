package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * debt-49: the one reading of a regex's pieces that FirstCharGuards, RequiredLiterals and RegexLiterals share. A piece read
 * too short or too long by it would give those readers a wrong answer, and a wrong answer there silences a cue or a danger
 * rule: how far each piece reaches, and what it is.
 */
class RegexSyntaxTest {

    @Test
    void aGroupsOpeningIsReadWithItsKind() {
        assertEquals(RegexSyntax.Group.CAPTURING, opening("(a)"));
        assertEquals(RegexSyntax.Group.NON_CAPTURING, opening("(?:a)"));
        assertEquals(RegexSyntax.Group.ATOMIC, opening("(?>a)"));
        assertEquals(RegexSyntax.Group.NAMED, opening("(?<age>\\d+)"));
        assertEquals(RegexSyntax.Group.LOOKAHEAD, opening("(?=a)"));
        assertEquals(RegexSyntax.Group.NEGATIVE_LOOKAHEAD, opening("(?!a)"));
        assertEquals(RegexSyntax.Group.LOOKBEHIND, opening("(?<=a)"));
        assertEquals(RegexSyntax.Group.NEGATIVE_LOOKBEHIND, opening("(?<!a)"));
        assertTrue(RegexSyntax.Group.NEGATIVE_LOOKBEHIND.lookbehind() && RegexSyntax.Group.LOOKAHEAD.lookaround());
        assertFalse(RegexSyntax.Group.NAMED.lookaround() || RegexSyntax.Group.LOOKBEHIND.negative());
        // the body begins right after the opening
        RegexSyntax named = new RegexSyntax("(?<age>\\d+)");
        named.opening();
        assertEquals(7, named.at());
        // inline flags change what the rest means: not read
        for (String flags : List.of("(?i)a", "(?i:a)", "(?-m)a", "(?")) {
            assertThrows(RegexSyntax.Unreadable.class, () -> new RegexSyntax(flags).opening(), flags);
        }
    }

    @Test
    void aQuantifierIsReadWithTheFewestTimesItAllowsAndItsLazyOrPossessiveMark() {
        assertEquals(new RegexSyntax.Quantifier('?', 0), quantifier("?"));
        assertEquals(new RegexSyntax.Quantifier('*', 0), quantifier("*?"));
        assertEquals(new RegexSyntax.Quantifier('+', 1), quantifier("++"));
        assertEquals(new RegexSyntax.Quantifier('{', 0), quantifier("{0,200}"));
        assertEquals(new RegexSyntax.Quantifier('{', 2), quantifier("{2}"));
        assertEquals(new RegexSyntax.Quantifier('{', 1), quantifier("{1,}"));
        RegexSyntax lazy = new RegexSyntax("{0,3}?x");
        lazy.quantifier();
        assertEquals('x', lazy.peek());
        assertNull(quantifier("x"));
        assertNull(quantifier(""));
        for (String bad : List.of("{", "{a}", "{,2}", "{99999999999}")) {
            assertThrows(RegexSyntax.Unreadable.class, () -> new RegexSyntax(bad).quantifier(), bad);
        }
    }

    @Test
    void anEscapeIsReadAsFarAsItReaches() {
        assertEscape("\\b", 'b', "", 2);
        assertTrue(escape("\\b").zeroWidth() && escape("\\Z").zeroWidth());
        assertFalse(escape("\\d").zeroWidth());
        assertEscape("\\p{IsAlphabetic}x", 'p', "{IsAlphabetic}", 16);
        assertEscape("\\pLx", 'p', "L", 3);
        assertEscape("\\k<age>x", 'k', "<age>", 7);
        assertEscape("\\12x", '1', "2", 3);
        assertEscape("\\Q(a|b)\\Ex", 'Q', "(a|b)", 9);
        assertEscape("\\Q(a", 'Q', "(a", 4);
        assertEscape("\\x41x", 'x', "41", 4);
        assertEscape("\\u00e9x", 'u', "00e9", 6);
        // what one character it stands for
        assertEquals('\u00e9', escape("\\u00e9").character());
        assertEquals('\t', escape("\\t").character());
        assertEquals('.', escape("\\.").character());
        assertEquals(-1, escape("\\w").character());
        assertEquals(-1, escape("\\x41").character(), "not read");
        for (String bad : List.of("\\", "\\u00", "\\u00g9", "\\p{L", "\\k<age")) {
            assertThrows(RegexSyntax.Unreadable.class, () -> escape(bad), bad);
        }
    }

    @Test
    void aCharacterClassIsReadAsWhatItLists() {
        RegexSyntax.CharacterClass digits = characterClass("[2-6a\\-\\d\\u2013]x");
        assertFalse(digits.negated() || digits.compound());
        assertEquals(List.of(new RegexSyntax.Range('2', '6', true), new RegexSyntax.Single('a', null)),
                digits.items().subList(0, 2));
        assertEquals('-', ((RegexSyntax.Single) digits.items().get(2)).character());
        assertTrue(digits.items().get(3) instanceof RegexSyntax.Shorthand s && s.escape().name() == 'd');
        assertEquals('\u2013', ((RegexSyntax.Single) digits.items().get(4)).character());
        assertTrue(characterClass("[^a]").negated());
        assertTrue(characterClass("[a[bc]]").compound(), "nested");
        assertTrue(characterClass("[a-z&&[^e]]").compound(), "intersected");
        // a ']' first is itself, as in Java; a '-' first or last is itself
        assertEquals(List.of(new RegexSyntax.Single(']', null), new RegexSyntax.Single('a', null)), characterClass("[]a]").items());
        assertEquals(List.of(new RegexSyntax.Single('a', null), new RegexSyntax.Single('-', null)), characterClass("[a-]").items());
        for (String bad : List.of("[a", "[z-a]", "[a-\\d]", "[]")) {
            assertThrows(RegexSyntax.Unreadable.class, () -> new RegexSyntax(bad).characterClass(), bad);
        }
    }

    @Test
    void aPlainCharacterIsReadWholeAndTheSequenceEndsAtABarOrAClosingParenthesis() {
        RegexSyntax syntax = new RegexSyntax("\uD83D\uDE00a|b)");
        assertEquals(0x1F600, syntax.character());
        assertEquals('a', syntax.character());
        assertFalse(syntax.inSequence());
        assertTrue(syntax.bar());
        assertEquals('b', syntax.character());
        assertFalse(syntax.bar());
        syntax.closeGroup();
        assertTrue(syntax.atEnd());
        assertThrows(RegexSyntax.Unreadable.class, syntax::closeGroup);
    }

    private static RegexSyntax.Group opening(String re) {
        return new RegexSyntax(re).opening();
    }

    private static RegexSyntax.Quantifier quantifier(String re) {
        return new RegexSyntax(re).quantifier();
    }

    private static RegexSyntax.Escape escape(String re) {
        return new RegexSyntax(re).escape();
    }

    private static RegexSyntax.CharacterClass characterClass(String re) {
        return new RegexSyntax(re).characterClass();
    }

    private static void assertEscape(String re, char name, String argument, int end) {
        RegexSyntax syntax = new RegexSyntax(re);
        assertEquals(new RegexSyntax.Escape(name, argument), syntax.escape(), re);
        assertEquals(end, syntax.at(), re);
    }
}
