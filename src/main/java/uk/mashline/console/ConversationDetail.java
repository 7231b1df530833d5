package uk.mashline.console;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A conversation for a reviewer: the full sender (staff only), review state, earlier contacts and every message in order. */
@Serdeable
public record ConversationDetail(String id, String partnership, String channel, Instant startedAt, Instant lastMessageAt,
                                 String highestRoute, String reviewStatus, int messageCount, String sender,
                                 String senderMasked, long previousContacts, List<String> previousConversationIds,
                                 String reviewNote, String reviewedBy, Instant firstReviewedAt, String callerRole,
                                 List<MessageView> messages, String language, Instant waitingSince) {
}
