package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/**
 * Failed sign-ins in a row for one (username pseudonym, client address) pair ('pair:hash@addr') or one
 * client address ('ip:addr'): {@code windowStartedAt} is the time of the last failure (the count is
 * forgotten after a quiet spell), {@code lockedUntil} the end of the wait it imposes.
 */
@MappedEntity("login_throttle")
public record LoginThrottleRow(
        @Id String throttleKey,
        int failures,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant windowStartedAt,
        @Nullable @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant lockedUntil) {
}
