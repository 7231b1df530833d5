package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelStyleTest {

    @Test
    void voiceReadsNumbersDigitByDigitInTheirGroups() {
        assertEquals("0 1 4 0 3, 2 2 9 9 0 0", new ChannelStyle(Channel.VOICE).phone("01403 229900"));
        assertEquals("01403 229900", new ChannelStyle(Channel.SMS).phone("01403 229900"));
    }

    @Test
    void smsKeepsTheEssentialsAndWhatFitsTheBudget() {
        List<String> paragraphs = List.of("a".repeat(300), "b".repeat(300), "c".repeat(300), "d".repeat(300));
        assertEquals(3, new ChannelStyle(Channel.SMS).fit(paragraphs, 1).size());
        assertEquals(4, new ChannelStyle(Channel.SMS).fit(paragraphs, 4).size(), "essentials always go");
        assertEquals(1, new ChannelStyle(Channel.VOICE).fit(paragraphs, 1).size());
        assertEquals(4, new ChannelStyle(Channel.WEB).fit(paragraphs, 1).size());
    }
}
