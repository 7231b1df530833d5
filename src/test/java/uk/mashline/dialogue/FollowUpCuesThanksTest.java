package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dialogue/follow-ups.tsv: an acknowledgement that thanks closes the exchange warmly (@thanks), a bare "ok" does not; "can i
 * email it instead of ringing" asks for the answer's addresses (care helper's own set, 34th session).
 */
class FollowUpCuesThanksTest {

    private static final FollowUpCues CUES = FollowUpCues.fromClasspath(FollowUpAdvisor.DEFAULT_FILE);

    @ParameterizedTest
    @ValueSource(strings = {"ok will do, thanks again", "thank you so much", "right ill ring them, cheers", "ok ty",
            "thanks a lot", "thanks that really helped, ill give them a call tomorrow", "ok ta x"})
    void thanksCloses(String message) {
        assertTrue(CUES.acknowledges(message), message);
        assertTrue(CUES.thanks(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "okay", "right", "got it", "i see"})
    void aBareOkAsksForMore(String message) {
        assertTrue(CUES.acknowledges(message), message);
        assertFalse(CUES.thanks(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"can i email it instead of ringing", "could we email them instead of phoning",
            "can i just email the mash as well"})
    void emailInsteadIsTheAddresses(String message) {
        assertEquals(Optional.of("link"), CUES.kind(message));
    }
}
