package uk.mashline.channels.twilio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsRendererTest {

    @Test
    void shortParagraphsShareOneText() {
        assertEquals(List.of("Call 999 now.\nThen the MASH."), SmsRenderer.pack(List.of("Call 999 now.", "Then the MASH.")));
    }

    @Test
    void longAdviceIsSplitAtSentencesIntoTextsOfAtMost459Characters() {
        String sentence = "This sentence is about forty characters. ";
        List<String> texts = SmsRenderer.pack(List.of(sentence.repeat(30).strip()));
        assertTrue(texts.size() >= 3);
        texts.forEach(t -> assertTrue(t.length() <= SmsRenderer.MAX_CHARS && t.endsWith("."), t));
    }

    @Test
    void charactersOutsideGsm7AreReplacedSoATextStaysInGsm7() {
        assertEquals("9am-5pm 'open' \"now\"...", SmsRenderer.toGsm("9am\u20135pm \u2018open\u2019 \u201Cnow\u201D\u2026"));
    }

    @Test
    void twimlHasOneMessagePerText() {
        String xml = SmsRenderer.twiml(List.of("one", "two & <three>"));
        assertEquals(2, xml.split("<Message>", -1).length - 1);
        assertTrue(xml.contains("two &amp; &lt;three&gt;"), xml);
    }
}
