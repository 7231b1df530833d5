package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/**
 * A text the line sends on its own initiative (a duty alert, a staff reply), kept in the database until
 * Twilio has taken it, so whichever instance is up sends it and a failed send is tried again.
 */
@MappedEntity("outbound_message")
public record OutboundMessageRow(
        @Id @GeneratedValue Long id,
        String purpose,
        @Nullable String conversationId,
        String partnershipId,
        String toNumber,
        String fromNumber,
        String body,
        String status,
        int attempts,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant nextAttemptAt,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant claimedUntil,
        @Nullable String providerId,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant createdAt,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant sentAt) {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    /** A new text, due at once. */
    public static OutboundMessageRow pending(String purpose, String conversationId, String partnershipId, String to,
                                             String from, String body, Instant now) {
        return new OutboundMessageRow(null, purpose, conversationId, partnershipId, to, from, body, PENDING, 0, now,
                null, null, now, null);
    }
}
