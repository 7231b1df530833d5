package uk.mashline.channels.twilio;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import uk.mashline.dialogue.Reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a reply into SMS. Each text stays within three GSM-7 segments (459 characters), split at
 * paragraph, then sentence, then word boundaries. What to send was chosen by the conversation
 * engine (the essentials, the 999 line first, then what fits); a redelivery splits the same way.
 */
final class SmsRenderer {

    static final int MAX_CHARS = 459;

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

    static List<String> messages(Reply reply) {
        return pack(reply.paragraphs().stream().map(SmsRenderer::toGsm).toList());
    }

    static List<String> pack(List<String> paragraphs) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : paragraphs) {
            for (String piece : split(paragraph)) {
                if (current.length() > 0 && current.length() + 1 + piece.length() > MAX_CHARS) {
                    messages.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.length() > 0 ? "\n" : "").append(piece);
            }
        }
        if (current.length() > 0) {
            messages.add(current.toString());
        }
        return messages;
    }

    private static List<String> split(String paragraph) {
        List<String> pieces = new ArrayList<>();
        String rest = paragraph;
        while (rest.length() > MAX_CHARS) {
            int cut = rest.lastIndexOf(". ", MAX_CHARS - 1);
            if (cut < MAX_CHARS / 2) {
                cut = rest.lastIndexOf(' ', MAX_CHARS - 1);
            }
            cut = cut <= 0 ? MAX_CHARS : cut + 1;
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    // Characters outside GSM-7 force UCS-2, which cuts a segment from 153 to 67 characters.
    static String toGsm(String text) {
        return text.replace('\u2013', '-').replace('\u2014', '-').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace("\u2026", "...").replace('\u00A0', ' ');
    }
}
