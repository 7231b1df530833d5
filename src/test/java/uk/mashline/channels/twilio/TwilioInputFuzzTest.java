package uk.mashline.channels.twilio;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fuzz tests (Jazzer) for what Twilio sends and what goes back by SMS; regression mode in CI. */
class TwilioInputFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void anyFormBodyParsesWithoutThrowing(FuzzedDataProvider data) {
        Map<String, String> params = FormBody.parse(data.consumeRemainingAsString());
        assertTrue(params.size() <= FormBody.MAX_PARAMETERS);
    }

    @FuzzTest(maxDuration = "20s")
    void anyReplyTextIsSplitIntoTextsOfAtMost459Characters(FuzzedDataProvider data) {
        List<String> paragraphs = List.of(data.consumeString(2000), data.consumeRemainingAsString());
        for (String text : SmsRenderer.pack(paragraphs.stream().map(SmsRenderer::toGsm).toList())) {
            assertTrue(text.length() <= SmsRenderer.MAX_CHARS, "a text of " + text.length() + " characters");
        }
        SmsRenderer.twiml(SmsRenderer.pack(paragraphs));
    }
}
