package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One row of the audit trail: who did what to which record, never message content. */
@Serdeable
@MappedEntity("audit_event")
public record AuditEventRow(
        @Id @GeneratedValue Long id,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant at,
        String actor,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String detail) {

    public static AuditEventRow of(Instant at, String actor, String action, String targetType, String targetId, String detail) {
        return new AuditEventRow(null, at, actor, action, targetType, targetId, detail);
    }
}
