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
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        messages.forEach(text -> response.message(new Message.Builder(text).build()));
        return response.build().toXml();
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
