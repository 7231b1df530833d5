package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segments counted as Twilio counts them: GSM-7 160 alone, 153 a part; UCS-2 70 alone, 67 a part. */
class SmsSegmentsTest {

    @Test
    void gsm7Holds160CharactersInOneSegmentAnd153InEachPartOfALongerText() {
        assertEquals(1, SmsSegments.count("a".repeat(160)));
        assertEquals(2, SmsSegments.count("a".repeat(161)));
        assertEquals(2, SmsSegments.count("a".repeat(306)));
        assertEquals(3, SmsSegments.count("a".repeat(307)));
        assertEquals(1, SmsSegments.count(""));
    }

    @Test
    void oneCharacterOutsideGsm7MakesTheWholeTextUcs2() {
        assertEquals(1, SmsSegments.count("w".repeat(70)));
        assertFalse(SmsSegments.isGsm7("Mae\u2019r plentyn mewn perygl"));
        assertEquals(1, SmsSegments.count("\u0175".repeat(70)));
        assertEquals(2, SmsSegments.count("\u0175" + "a".repeat(70)));
        assertEquals(2, SmsSegments.count("\u0175" + "a".repeat(133)));
        assertEquals(3, SmsSegments.count("\u0175" + "a".repeat(134)));
    }

    @Test
    void anEmojiTakesTwoUcs2PlacesAndAnExtensionCharacterTwoGsm7Places() {
        assertEquals(2, SmsSegments.of("\uD83D\uDE00").units());
        assertTrue(SmsSegments.isGsm7("[]{}~|^\\\u20AC"));
        assertEquals(2, SmsSegments.count("a".repeat(159) + "\u20AC"));
        assertEquals(1, SmsSegments.count("a".repeat(158) + "\u20AC"));
    }

    @Test
    void gsm7LettersWithAccentsStayGsm7ButOthersDoNot() {
        assertTrue(SmsSegments.isGsm7("caf\u00E9 \u00E0 \u00FC \u00A3 \u00A7"));
        assertFalse(SmsSegments.isGsm7("\u00E2"));
    }

    @Test
    void typographicPunctuationBecomesItsGsm7LookAlike() {
        assertEquals("9am-5pm 'open' \"now\"...", SmsSegments.toGsm("9am\u20135pm \u2018open\u2019 \u201Cnow\u201D\u2026"));
        assertTrue(SmsSegments.isGsm7(SmsSegments.toGsm("It\u2019s 9\u201310")));
    }
}
