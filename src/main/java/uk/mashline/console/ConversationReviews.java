package uk.mashline.console;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Objects;

/**
 * Reviewing a conversation: sets the status, note and reviewer; first_reviewed_at is set the
 * first time the conversation leaves NEW. Audited as old->new status and whether the note
 * changed, never the note itself. Only review columns are written, never the engine's.
 */
@Singleton
public class ConversationReviews {

    static final int MAX_NOTE = 2000;

    private final SqlRunner sql;
    private final ConversationQueries queries;
    private final AuditLog audit;
    private final ConsoleClock clock;
    private final ConsoleMessages messages;

    public ConversationReviews(SqlRunner sql, ConversationQueries queries, AuditLog audit, ConsoleClock clock,
                               ConsoleMessages messages) {
        this.sql = sql;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    public ConversationSummary review(String reviewer, String id, ReviewRequest request) {
        ReviewStatus status = ReviewStatus.parse(request == null ? null : request.status())
                .orElseThrow(() -> new BadRequest(messages.get("review.status.invalid")));
        String note = request.note() == null ? null : request.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new BadRequest(messages.get("review.note.too.long"));
        }
        ConversationRow before = queries.find(id).orElseThrow(() -> new NotFound(messages.get("conversation.not.found")));
        boolean noteChanged = note != null && !Objects.equals(emptyToNull(note), before.reviewNote());
        String newNote = note == null ? before.reviewNote() : emptyToNull(note);
        Instant now = clock.now();
        Instant firstReviewed = before.firstReviewedAt() == null && status != ReviewStatus.NEW ? now : before.firstReviewedAt();
        sql.update("UPDATE conversation SET review_status = ?, review_note = ?, reviewed_by = ?, first_reviewed_at = ? "
                + "WHERE id = ?", status, newNote, reviewer, firstReviewed, id);
        audit.record(reviewer, AuditAction.REVIEW_CHANGE, "conversation", id,
                before.reviewStatus() + "->" + status + (noteChanged ? "; note changed" : ""));
        return queries.find(id).orElseThrow(() -> new NotFound(messages.get("conversation.not.found"))).summary(true);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
