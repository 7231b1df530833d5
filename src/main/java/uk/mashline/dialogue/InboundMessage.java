package uk.mashline.dialogue;

import java.time.Instant;

/**
 * One message (a text, a chat line, a spoken answer or keypad digits) as a channel hands it over.
 *
 * @param conversationId the conversation the channel already knows of (web chat), or null
 * @param channelKey     how the channel finds an open conversation without an id (SMS: sender
 *                       and number texted; voice: the call), or null
 * @param sender         the phone number or web client reference; stored for staff, never logged
 * @param externalId     the channel's own id for this message (Twilio MessageSid), used to answer
 *                       redeliveries without storing them twice; null when the channel has none
 */
public record InboundMessage(
        Channel channel,
        String partnershipId,
        String conversationId,
        String channelKey,
        String sender,
        String text,
        String externalId,
        Instant receivedAt) {

    public InboundMessage {
        text = text == null ? "" : text;
    }
}
