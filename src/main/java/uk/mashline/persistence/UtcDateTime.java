package uk.mashline.persistence;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The one time convention of the database: DATETIME(6) columns hold UTC wall-clock time, and Java
 * sees {@link Instant}s, whatever the JVM's or the server's zone. Mapped records name it on each
 * time column ({@code @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class)}); the
 * hand-written hot path uses {@link Times}, which does the same.
 */
@Singleton
public class UtcDateTime implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToPersistedValue(Instant instant, ConversionContext context) {
        return Times.toDb(instant);
    }

    /**
     * The driver hands back a wall-clock time, as a {@link LocalDateTime} or (read as a TIMESTAMP) a
     * {@link Timestamp} in the JVM's zone, whose local date and time are the stored ones.
     */
    @Override
    public Instant convertToEntityValue(Object value, ConversionContext context) {
        if (value instanceof Timestamp timestamp) {
            return Times.fromDb(timestamp.toLocalDateTime());
        }
        return value == null ? null : Times.fromDb((LocalDateTime) value);
    }
}
