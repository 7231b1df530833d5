package uk.mashline.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The directory reads a number called as the regex it replaced did: spaces, brackets and hyphens dropped. */
class InboundNumberNormaliseTest {

    @Test
    void dropsWhatTheRegexDropped() {
        String pieces = "+0123456789 ()-\t\n\u000B\f\r\u00A0\u2007x#.";
        Random random = new Random(13);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder number = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                number.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String n = number.toString();
            assertEquals(n.replaceAll("[\\s()-]", ""), PartnershipDirectory.normalise(n), n);
        }
    }

    @Test
    void aNumberAsTwilioSendsItIsItsOwnKey() {
        String number = "+447700900103";
        assertSame(number, PartnershipDirectory.normalise(number));
    }
}
