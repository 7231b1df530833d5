package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** Failed sign-ins counted for one username ('user:name') or client address ('ip:addr') in a window. */
@MappedEntity("login_throttle")
public record LoginThrottleRow(
        @Id String throttleKey,
        int failures,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant windowStartedAt,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant lockedUntil) {
}
