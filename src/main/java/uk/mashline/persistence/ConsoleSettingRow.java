package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** A setting an ADMIN changed in the console (absent: the environment's default applies). */
@MappedEntity("console_setting")
public record ConsoleSettingRow(
        @Id String name,
        String value,
        @Nullable String updatedBy,
        @TypeDef(type = DataType.TIMESTAMP, converter = UtcDateTime.class) Instant updatedAt) {
}
