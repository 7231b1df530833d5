package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/**
 * A console session: only the SHA-256 of its cookie token is stored, with the session's CSRF token, its
 * stage (PASSWORD, ENROL or FULL: console.security.SessionStage) and when the password (and code) were
 * last given in it.
 */
@MappedEntity("staff_session")
public record StaffSessionRow(
        @Id String tokenHash,
        long userId,
        String csrfToken,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant createdAt,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant lastSeenAt,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant expiresAt,
        String stage,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant reauthAt) {
}
