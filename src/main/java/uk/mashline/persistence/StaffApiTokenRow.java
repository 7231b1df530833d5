package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** A personal API token: only the SHA-256 of the token is stored. */
@MappedEntity("staff_api_token")
public record StaffApiTokenRow(
        @Id @GeneratedValue @Nullable Long id,
        long userId,
        String name,
        String tokenHash,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant createdAt,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant lastUsedAt,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant revokedAt) {
}
