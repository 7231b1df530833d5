package uk.mashline.review;

import java.time.Instant;

/**
 * A conversation as staff review sees it: what the engine logged (channel, sender, highest route,
 * times, message count), its review state and how many earlier conversations the same sender had.
 * {@code reviewStatus} is the status in force: a REVIEWED conversation that has had a message since
 * its review is NEW again. {@code language} is the writer's first language (ISO 639-3).
 * {@code numberTexted} is the line's number an SMS conversation came in on (a staff reply goes from it);
 * {@code waitingSince} when the person asked for a member of staff and is still waiting, else null.
 */
public record ConversationRecord(String id, String partnershipId, String channel, String sender, String callerRole,
                                 String highestRoute, ReviewStatus reviewStatus, String reviewNote, String reviewedBy,
                                 Instant firstReviewedAt, Instant startedAt, Instant lastMessageAt, int messageCount,
                                 long previousContacts, String language, String numberTexted, Instant waitingSince) {
}
