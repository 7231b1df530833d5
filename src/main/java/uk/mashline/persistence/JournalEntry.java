package uk.mashline.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One turn kept on local disk while the database was unavailable. */
@Serdeable
record JournalEntry(
        String channel,
        String partnershipId,
        @Nullable String conversationId,
        @Nullable String channelKey,
        @Nullable String sender,
        String text,
        String externalId,
        String receivedAt,
        List<String> reply,
        List<String> sources) {
}
