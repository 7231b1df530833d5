package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One row of the audit trail: who did what to which record, never message content. */
@Serdeable
@MappedEntity("audit_event")
public record AuditEventRow(
        @Id @GeneratedValue Long id,
        Instant at,
        String actor,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String detail) {

    public static AuditEventRow of(Instant at, String actor, String action, String targetType, String targetId, String detail) {
        return new AuditEventRow(null, at, actor, action, targetType, targetId, detail);
    }
}
