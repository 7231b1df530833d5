package uk.mashline.console;

import jakarta.inject.Singleton;
import uk.mashline.dialogue.Route;
import uk.mashline.review.ConversationLog;
import uk.mashline.review.ConversationQuery;
import uk.mashline.review.ResultPage;
import uk.mashline.review.ReviewStatus;

import java.util.List;

/**
 * The review queue for staff, risk first (immediate risk not yet reviewed, then the most recent
 * activity), from the interaction log's port.
 */
@Singleton
public class ConversationQueries {

    private static final int WAITING_COUNTED = 200;

    private final ConversationLog log;

    public ConversationQueries(ConversationLog log) {
        this.log = log;
    }

    public ConversationPage page(ConversationQuery query, int page, int size) {
        ResultPage<uk.mashline.review.ConversationRecord> found = log.queue(query, page, size);
        List<ConversationSummary> content = found.content().stream().map(r -> ConversationViews.summary(r, false)).toList();
        long unreviewed = log.count(query.withReviewStatus(ReviewStatus.NEW));
        int totalPages = (int) ((found.totalSize() + size - 1) / size);
        return new ConversationPage(content, found.totalSize(), page, size, totalPages, unreviewed);
    }

    /** The conversations waiting for a member of staff, the longest waiting first (one page: they must all be seen). */
    public ConversationPage waiting(ConversationQuery query, int size) {
        List<ConversationSummary> content = log.waiting(query, size).stream()
                .map(r -> ConversationViews.summary(r, false)).toList();
        return new ConversationPage(content, content.size(), 0, size, 1, log.count(query.withReviewStatus(ReviewStatus.NEW)));
    }

    /** What the console's live badge shows. */
    public StaffAlerts alerts(java.util.Set<String> scope) {
        ConversationQuery all = ConversationQuery.ALL.withScope(scope);
        long risk = log.count(new ConversationQuery(null, null, Route.IMMEDIATE_RISK, ReviewStatus.NEW, null, null, null,
                scope));
        return new StaffAlerts(risk, log.waiting(all, WAITING_COUNTED).size());
    }

    /** Every matching conversation in queue order, at most {@code limit}, for the CSV export. */
    public List<ConversationSummary> all(ConversationQuery query, int limit) {
        return log.queue(query, limit).stream().map(r -> ConversationViews.summary(r, false)).toList();
    }
}
