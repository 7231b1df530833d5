package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** One row of the interaction log as staff review reads it (the turn writer inserts them). */
@MappedEntity("message")
record MessageRow(
        @Id Long id,
        String conversationId,
        String direction,
        String text,
        @Nullable String route,
        @Nullable String intent,
        @Nullable Double confidence,
        @Nullable String rule,
        @Nullable String sources,
        @Nullable String modelVersion,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant createdAt,
        @Nullable String author) {
}
