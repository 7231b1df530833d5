package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelStyleTest {

    @Test
    void voiceReadsNumbersDigitByDigitInTheirGroups() {
        assertEquals("0 1 4 0 3, 2 2 9 9 0 0", new ChannelStyle(Channel.VOICE).phone("01403 229900"));
        assertEquals("01403 229900", new ChannelStyle(Channel.SMS).phone("01403 229900"));
    }
}
