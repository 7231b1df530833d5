package uk.mashline.channels.twilio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsRendererTest {

    @Test
    void twimlHasOneMessagePerText() {
        String xml = SmsRenderer.twiml(List.of("one", "two & <three>"));
        assertEquals(2, xml.split("<Message>", -1).length - 1);
        assertTrue(xml.contains("two &amp; &lt;three&gt;"), xml);
    }
}
