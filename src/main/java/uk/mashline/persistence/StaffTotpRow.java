package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** An account's TOTP secret (confirmed, or pending while being set up) and the last time step accepted. */
@MappedEntity("staff_totp")
public record StaffTotpRow(
        @Id long userId,
        @Nullable String secret,
        @Nullable String pendingSecret,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant enabledAt,
        @Nullable Long lastStep) {
}
