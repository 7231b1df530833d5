package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** A staff account row (the password is a bcrypt hash; {@code usernameKey} is the lower-cased, unique username). */
@MappedEntity("staff_user")
public record StaffUserRow(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String usernameKey,
        String passwordHash,
        String role,
        boolean enabled,
        int failedLogins,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant lockedUntil,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant createdAt) {
}
