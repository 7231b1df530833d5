package uk.mashline.channels.twilio;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SmsRenderer writes TwiML itself for speed: byte for byte what the Twilio SDK writes. */
class SmsTwimlParityTest {

    @Test
    void everyWordingAndAwkwardTextRendersAsTheSdkDoes() throws IOException {
        List<String> texts = new ArrayList<>(wording());
        texts.addAll(List.of("Call 999 now. MASH: 01403 229900 & out of hours <EDT> \"quoted\" 'single'",
                "Line one\nLine two\n\nafter a blank line", "£20, café, naïve, Ωmega, 😀 emoji, 日本語",
                "tab\there", "carriage\r\nreturn", "bell\u0007", "]]> <![CDATA[ x ]]>", "a > b < c && d",
                "  leading and trailing spaces  ", "&amp; already escaped", "\uFFFD replacement", "x"));
        for (String text : texts) {
            assertEquals(sdk(List.of(text)), SmsRenderer.twiml(List.of(text)), text);
        }
        assertEquals(sdk(texts.subList(0, 3)), SmsRenderer.twiml(texts.subList(0, 3)));
        assertEquals(sdk(List.of()), SmsRenderer.twiml(List.of()));
    }

    private static String sdk(List<String> messages) {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        messages.forEach(text -> response.message(new Message.Builder(text).build()));
        return response.build().toXml();
    }

    private static List<String> wording() throws IOException {
        Properties wording = new Properties();
        try (InputStream in = SmsTwimlParityTest.class.getResourceAsStream("/dialogue/wording.properties")) {
            wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return wording.stringPropertyNames().stream().sorted().map(wording::getProperty).map(uk.mashline.dialogue.SmsSegments::toGsm).toList();
    }
}
