package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** debt-49: where a group or class closes and what the top-level alternatives are, escapes and classes passed over whole. */
class RegexScanTest {

    @Test
    void theScansPassOverEscapesClassesAndQuotes() {
        assertEquals(9, RegexScan.closingParen("(?:a[)]\\))b", 0));
        assertEquals(6, RegexScan.closingParen("(\\Q)\\E)", 0));
        assertEquals(3, RegexScan.closingParen("x(a)(b)", 1));
        assertEquals(-1, RegexScan.closingParen("(?:a", 0));
        assertEquals(6, RegexScan.endOfClass("[a[bc]]x", 0), "a nested class closes where Java closes it");
        assertEquals(-1, RegexScan.endOfClass("[ab", 0));
        assertEquals(List.of("\\bknife\\b", "(?:a|b)", "[|]", "\\|"), RegexScan.splitTopLevel("\\bknife\\b|(?:a|b)|[|]|\\|"));
        assertEquals(List.of("a", "[b|c"), RegexScan.splitTopLevel("a|[b|c"), "a class not closed: the rest one part");
        assertTrue(RegexScan.quantifierAt("(a){2}", 3));
        assertFalse(RegexScan.quantifierAt("(a)", 3));
        assertTrue(RegexScan.lookaroundAt("x(?<!a)", 1) && RegexScan.lookaroundAt("(?=a)", 0));
        assertFalse(RegexScan.lookaroundAt("(?<a>b)", 0));
    }
}
