package uk.mashline.console;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One line of the review queue. {@code sender} is masked; {@code previousContacts} counts
 * earlier conversations (started before this one) from the same sender.
 * {@code reviewNote} is only filled in the answer to a review action. {@code language}: the writer's
 * first language (ISO 639-3), so staff can book an interpreter before calling back. {@code waitingSince}: when
 * the person asked for a member of staff, while nobody has replied (else null).
 */
@Serdeable
public record ConversationSummary(String id, String partnership, String channel, Instant startedAt,
                                  Instant lastMessageAt, String highestRoute, String reviewStatus, int messageCount,
                                  String sender, long previousContacts, String reviewedBy, Instant firstReviewedAt,
                                  String reviewNote, String language, Instant waitingSince) {
}
