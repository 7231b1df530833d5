package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/**
 * A conversation row as staff review reads it (the engine's own columns, flow state and version,
 * are not mapped: the turn writer owns them). {@code previousContacts} is computed: how many
 * conversations the same sender started before this one.
 */
@MappedEntity("conversation")
record ConversationRow(
        @Id String id,
        String partnershipId,
        String channel,
        @Nullable String sender,
        @Nullable String callerRole,
        @Nullable String highestRoute,
        String reviewStatus,
        @Nullable String reviewNote,
        @Nullable String reviewedBy,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant firstReviewedAt,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant reviewedAt,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant startedAt,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant lastMessageAt,
        int messageCount,
        String language,
        @Nullable String channelKey,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant waitingSince,
        @Nullable String clientSecretHash,
        @ColumnTransformer(read = "(SELECT COUNT(*) FROM conversation earlier WHERE earlier.sender = @.sender "
                + "AND earlier.started_at < @.started_at)") long previousContacts) {
}
