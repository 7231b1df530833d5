package uk.mashline.console;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The console's live badge: {@code immediateRisk} conversations not yet reviewed, and people {@code waiting}
 * for a member of staff (at most 200 counted).
 */
@Serdeable
public record StaffAlerts(long immediateRisk, long waiting) {
}
