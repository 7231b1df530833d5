package uk.mashline.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A review action: the new status and, optionally, the reviewer's note (absent = unchanged, "" = cleared). */
@Serdeable
public record ReviewRequest(@Nullable String status, @Nullable String note) {
}
