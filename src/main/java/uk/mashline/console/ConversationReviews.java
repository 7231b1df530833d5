package uk.mashline.console;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import uk.mashline.review.ConversationLog;
import uk.mashline.review.ConversationRecord;
import uk.mashline.review.Review;
import uk.mashline.review.ReviewStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * Reviewing a conversation: sets the status, note and reviewer; first reviewed when it first leaves NEW.
 * Audited as old->new status and whether the note changed, never the note itself. Review state is
 * written only through this, by the interaction log's port.
 */
@Singleton
public class ConversationReviews {

    static final int MAX_NOTE = 2000;

    private final ConversationLog log;
    private final AuditLog audit;
    private final ConsoleClock clock;
    private final MessageSource messages;

    public ConversationReviews(ConversationLog log, AuditLog audit, ConsoleClock clock, MessageSource messages) {
        this.log = log;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    public ConversationSummary review(String reviewer, String id, ReviewRequest request) {
        return review(reviewer, id, request, null);
    }

    /** As {@link #review(String, String, ReviewRequest)}, for a reviewer limited to these partnerships (null: all). */
    public ConversationSummary review(String reviewer, String id, ReviewRequest request, java.util.Set<String> scope) {
        ReviewStatus status = ReviewStatus.parse(request == null ? null : request.status())
                .orElseThrow(() -> new BadRequest(ConsoleWording.text(messages, "review.status.invalid")));
        String note = request.note() == null ? null : request.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new BadRequest(ConsoleWording.text(messages, "review.note.too.long"));
        }
        ConversationRecord before = log.find(id).filter(c -> scope == null || scope.contains(c.partnershipId())).orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "conversation.not.found")));
        boolean noteChanged = note != null && !Objects.equals(emptyToNull(note), before.reviewNote());
        String newNote = note == null ? before.reviewNote() : emptyToNull(note);
        Instant now = clock.now();
        Instant firstReviewed = before.firstReviewedAt() == null && status != ReviewStatus.NEW ? now : before.firstReviewedAt();
        if (!log.record(id, new Review(status, newNote, reviewer, firstReviewed, now))) {
            throw new NotFound(ConsoleWording.text(messages, "conversation.not.found"));
        }
        audit.record(reviewer, AuditAction.REVIEW_CHANGE, "conversation", id,
                before.reviewStatus() + "->" + status + (noteChanged ? "; note changed" : ""));
        return ConversationViews.summary(log.find(id).orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "conversation.not.found"))), true);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
