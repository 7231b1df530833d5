package uk.mashline.console;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of the review queue; {@code unreviewedCount} counts NEW conversations matching the filters (any status filter aside). */
@Serdeable
public record ConversationPage(List<ConversationSummary> content, long totalSize, int page, int size, int totalPages,
                               long unreviewedCount) {
}
