package uk.mashline.channels.twilio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoiceRendererTest {

    @Test
    void phoneNumbersInsideDataTextAreReadDigitByDigit() {
        assertEquals("If you have trouble getting through, ring 0 7 7 1 1, 7 6 9 6 5 7.",
                VoiceRenderer.spokenNumbers("If you have trouble getting through, ring 07711 769657."));
        assertEquals("call 0 3 3 0, 2 2 2, 6 6 6 4 or 999", VoiceRenderer.spokenNumbers("call 0330 222 6664 or 999"));
        assertEquals("already 0 1 4 0 3, 2 2 9 9 0 0", VoiceRenderer.spokenNumbers("already 0 1 4 0 3, 2 2 9 9 0 0"));
    }

    @Test
    void ukNumbersAreDialledInE164() {
        assertEquals("+441403229900", VoiceRenderer.e164("01403 229900"));
    }

    @Test
    void aTransferAsksWhatNextWhenTheCallEnds() {
        String xml = VoiceRenderer.speakThenTransfer(List.of("Putting you through."), "01403 229900");
        assertTrue(xml.contains("action=\"/twilio/voice/dial-ended?tried=01403+229900\""), xml);
        assertTrue(xml.endsWith("</Dial></Response>"), "nothing after the Dial: Twilio would not reach it " + xml);
    }

    @Test
    void theDutyPhonesRingTogether() {
        String xml = VoiceRenderer.speakThenDialAll(List.of("Trying the duty worker."),
                List.of("+447700900201", "+447700900202"), "01403 229900");
        assertTrue(xml.contains("<Number>+447700900201</Number><Number>+447700900202</Number>"), xml);
        assertTrue(xml.contains("stage=duty"), xml);
    }
}
