package uk.mashline.review;

import java.util.Optional;

/**
 * Where a conversation is in staff review. NEW: nobody has looked at it yet (the
 * "unreviewed" count); NEEDS_FOLLOW_UP also keeps it from the retention purge.
 */
public enum ReviewStatus {
    NEW,
    IN_REVIEW,
    REVIEWED,
    NEEDS_FOLLOW_UP;

    public static Optional<ReviewStatus> parse(String value) {
        for (ReviewStatus status : values()) {
            if (status.name().equals(value == null ? "" : value.trim().toUpperCase(java.util.Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
