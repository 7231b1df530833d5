package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** A one-time recovery code (its SHA-256 only). */
@MappedEntity("staff_recovery_code")
public record StaffRecoveryCodeRow(
        @Id @GeneratedValue @Nullable Long id,
        long userId,
        String codeHash,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant createdAt,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant usedAt) {
}
