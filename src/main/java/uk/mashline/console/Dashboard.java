package uk.mashline.console;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Contacts (conversations by start day, UTC) per route and per channel over the last
 * {@code days} days, and the median minutes from a conversation's start to its first review.
 * Each series has one count per entry of {@code dates}.
 */
@Serdeable
public record Dashboard(int days, List<LocalDate> dates, Map<String, List<Long>> byRoute,
                        Map<String, List<Long>> byChannel, long totalContacts, long reviewedCount,
                        Double medianMinutesToFirstReview) {
}
