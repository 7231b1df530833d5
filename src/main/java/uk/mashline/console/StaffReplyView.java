package uk.mashline.console;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A staff reply as stored. {@code delivery}: QUEUED (an SMS, in the outbox until Twilio takes it) or SHOWN
 * (web chat: the person's page shows it at its next look).
 */
@Serdeable
public record StaffReplyView(long messageId, String conversationId, String channel, String author, Instant at,
                             String delivery) {
}
