package uk.mashline.channels;

import uk.mashline.dialogue.InboundMessage;

import java.nio.charset.StandardCharsets;

/**
 * Checks every field a channel stores against the width of its column before the turn is taken, so a
 * value the database would refuse (a SIP or client identity as a Twilio {@code From} can be longer than
 * any phone number) is a clear 400 at the door, instead of a turn that is answered, journalled as if the
 * database were down, and then can never be stored. On Twilio a 400 makes Twilio call the fallback URL,
 * which answers with the 999 line and the numbers without storing anything.
 */
public final class StoredFields {

    // the widths of db/migration/V1__interaction_log_staff_and_audit.sql (conversation and message)
    private static final int PARTNERSHIP_ID = 64;   // conversation.partnership_id, message.partnership_id
    private static final int CONVERSATION_ID = 36;  // conversation.id
    private static final int CHANNEL_KEY = 160;     // conversation.channel_key
    private static final int SENDER = 64;           // conversation.sender
    private static final int EXTERNAL_ID = 64;      // message.external_id
    private static final int TEXT_BYTES = 65_535;   // message.text (TEXT)

    private StoredFields() {
    }

    /** @throws ClientError 400 naming the first field too long for its column */
    public static InboundMessage check(InboundMessage m) {
        fits("partnership", m.partnershipId(), PARTNERSHIP_ID);
        fits("conversation id", m.conversationId(), CONVERSATION_ID);
        fits("sender (From)", m.sender(), SENDER);
        fits("conversation key (To and From)", m.channelKey(), CHANNEL_KEY);
        fits("message id", m.externalId(), EXTERNAL_ID);
        if (m.text().getBytes(StandardCharsets.UTF_8).length > TEXT_BYTES) {
            throw new ClientError(400, "text is too long: at most " + TEXT_BYTES + " bytes");
        }
        return m;
    }

    private static void fits(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ClientError(400, field + " is too long: at most " + max + " characters");
        }
    }
}
