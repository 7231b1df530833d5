package uk.mashline.review;

import java.time.Instant;

/** A reviewer's decision on a conversation: status, note (null = none), who, and when it was first and last reviewed. */
public record Review(ReviewStatus status, String note, String reviewer, Instant firstReviewedAt, Instant reviewedAt) {
}
