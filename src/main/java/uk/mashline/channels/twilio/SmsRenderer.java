package uk.mashline.channels.twilio;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import uk.mashline.dialogue.Reply;
import uk.mashline.dialogue.ReplyBudget;

import java.util.List;

/**
 * Turns a reply into TwiML. How much goes in each text, and in the turn, is decided by
 * {@link ReplyBudget} (segments counted by {@link uk.mashline.dialogue.SmsSegments}), in order of need.
 */
final class SmsRenderer {

    private SmsRenderer() {
    }

    static String twiml(List<String> messages) {
        if (!messages.isEmpty() && messages.stream().allMatch(SmsRenderer::plainText)) {
            // The same bytes as the SDK's toXml (a parity test checks), without the DOM and the XSLT
            // transformer it builds for every reply: a third of a webhook's CPU under load.
            StringBuilder xml = new StringBuilder(XML_DECLARATION).append("<Response>");
            messages.forEach(text -> escape(xml.append("<Message>"), text).append("</Message>"));
            return xml.append("</Response>").toString();
        }
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        messages.forEach(text -> response.message(new Message.Builder(text).build()));
        return response.build().toXml();
    }

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    // Text the fast path writes exactly as the SDK does; anything else (control characters, a
    // carriage return, lone surrogates) goes through the SDK.
    private static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n') || Character.isSurrogate(c) || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** The texts of a reply, within the SMS budgets ({@link ReplyBudget}); a redelivery packs the same way. */
    static List<String> messages(Reply reply) {
        return ReplyBudget.smsTexts(reply.paragraphs());
    }
}
