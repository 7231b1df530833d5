package uk.mashline.console;

import java.time.Instant;

/** A conversation row with its count of earlier contacts from the same sender. */
record ConversationRow(String id, String partnershipId, String channel, String sender, String callerRole,
                       String highestRoute, String reviewStatus, String reviewNote, String reviewedBy,
                       Instant firstReviewedAt, Instant startedAt, Instant lastMessageAt, int messageCount,
                       long previousContacts) {

    ConversationSummary summary(boolean withNote) {
        return new ConversationSummary(id, partnershipId, channel, startedAt, lastMessageAt, highestRoute, reviewStatus,
                messageCount, SenderMask.mask(sender), previousContacts, reviewedBy, firstReviewedAt,
                withNote ? reviewNote : null);
    }
}
