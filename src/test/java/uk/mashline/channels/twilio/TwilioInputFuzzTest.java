package uk.mashline.channels.twilio;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.mashline.dialogue.ReplyBudget;
import uk.mashline.dialogue.SmsSegments;

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
    void anyReplyTextKeepsTheSmsBudgets(FuzzedDataProvider data) {
        List<String> paragraphs = List.of(data.consumeString(2000), data.consumeRemainingAsString());
        List<String> texts = ReplyBudget.smsTexts(paragraphs);
        int turn = 0;
        for (String text : texts) {
            int segments = SmsSegments.count(text);
            assertTrue(segments <= ReplyBudget.SMS_SEGMENTS_PER_TEXT, "a text of " + segments + " segments");
            turn += segments;
        }
        assertTrue(turn <= ReplyBudget.SMS_SEGMENTS_PER_TURN, "a turn of " + turn + " segments");
        SmsRenderer.twiml(texts);
    }
}
