package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** One attempt to hand an outbound text to Twilio: the outcome and Twilio's status and code, never the text. */
@MappedEntity("outbound_attempt")
public record OutboundAttemptRow(
        @Id @GeneratedValue Long id,
        long outboundId,
        int attempt,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant at,
        String outcome,
        @Nullable Integer httpStatus,
        @Nullable String error) {
}
