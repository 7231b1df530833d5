package uk.mashline.persistence;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import uk.mashline.review.ContactCount;
import uk.mashline.review.ConversationLog;
import uk.mashline.review.ConversationQuery;
import uk.mashline.review.ConversationRecord;
import uk.mashline.review.MessageRecord;
import uk.mashline.review.ResultPage;
import uk.mashline.review.Review;
import uk.mashline.review.ReviewStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The interaction log for staff review on Micronaut Data repositories; the one writer of review state. */
@Singleton
class JdbcConversationLog implements ConversationLog {

    private static final Sort LONGEST_WAITING_FIRST = Sort.of(Sort.Order.asc("waitingSince"), Sort.Order.asc("id"));
    private static final Sort RECENT_FIRST = Sort.of(Sort.Order.desc("lastMessageAt"), Sort.Order.asc("id"));

    private final ConversationRowRepository conversations;
    private final MessageRowRepository messages;

    JdbcConversationLog(ConversationRowRepository conversations, MessageRowRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    public ResultPage<ConversationRecord> queue(ConversationQuery query, int page, int size) {
        return new ResultPage<>(riskFirst(query, (long) page * size, size), count(query));
    }

    @Override
    public List<ConversationRecord> queue(ConversationQuery query, int limit) {
        return riskFirst(query, 0, limit);
    }

    // The queue is two runs, each most recent first: immediate risk not yet reviewed, then the rest.
    private List<ConversationRecord> riskFirst(ConversationQuery query, long offset, int limit) {
        PredicateSpecification<ConversationRow> risk = ConversationQueries.riskNotReviewed(query);
        List<ConversationRow> rows = new ArrayList<>(slice(risk, offset, limit));
        if (rows.size() < limit) {
            long risks = conversations.count(risk);
            rows.addAll(slice(ConversationQueries.rest(query), Math.max(0, offset - risks), limit - rows.size()));
        }
        return rows.stream().map(JdbcConversationLog::record).toList();
    }

    /** Rows offset..offset+limit of a run: one or two pages of the run's own order. */
    private List<ConversationRow> slice(PredicateSpecification<ConversationRow> spec, long offset, int limit) {
        int page = (int) (offset / limit);
        int skip = (int) (offset % limit);
        List<ConversationRow> rows = new ArrayList<>(page(spec, page, limit));
        if (skip > 0 && rows.size() == limit) {
            rows.addAll(page(spec, page + 1, limit));
        }
        return rows.subList(Math.min(skip, rows.size()), Math.min(skip + limit, rows.size()));
    }

    private List<ConversationRow> page(PredicateSpecification<ConversationRow> spec, int page, int size) {
        return conversations.findAll(spec, Pageable.from(page, size, RECENT_FIRST, false)).getContent();
    }

    @Override
    public long count(ConversationQuery query) {
        return conversations.count(ConversationQueries.matching(query));
    }

    @Override
    public Optional<ConversationRecord> find(String id) {
        return conversations.findById(id).map(JdbcConversationLog::record);
    }

    @Override
    public List<String> earlierConversationIds(ConversationRecord conversation, int limit) {
        if (conversation.sender() == null) {
            return List.of();
        }
        return conversations.findEarlierIds(conversation.sender(), Times.toDb(conversation.startedAt()), limit);
    }

    @Override
    public List<MessageRecord> messages(String conversationId) {
        return messages.findByConversationIdOrderByIdAsc(conversationId).stream().map(m -> new MessageRecord(m.id(),
                m.direction(), m.text(), m.route(), m.intent(), m.confidence(), m.rule(), sources(m.sources()),
                m.modelVersion(), m.createdAt(), m.author())).toList();
    }

    @Override
    public Optional<Long> addStaffMessage(String conversationId, String author, String text, Instant at) {
        Optional<ConversationRow> conversation = conversations.findById(conversationId);
        if (conversation.isEmpty()) {
            return Optional.empty();
        }
        ConversationRow c = conversation.get();
        messages.insertStaffMessage(c.id(), c.channel(), c.partnershipId(), text, author, Times.toDb(at));
        conversations.countStaffMessage(c.id());
        return Optional.ofNullable(messages.lastByAuthor(c.id(), author));
    }

    @Override
    public List<ContactCount> contactsPerDay(Instant since, Set<String> scope) {
        List<ConversationRowRepository.DayCount> counts = scope == null ? conversations.countPerDay(Times.toDb(since))
                : scope.isEmpty() ? List.of() : conversations.countPerDayIn(Times.toDb(since), scope);
        return counts.stream()
                .map(c -> new ContactCount(c.startedOn(), c.route(), c.channel(), c.contacts())).toList();
    }

    @Override
    public List<Duration> timesToFirstReview(Instant since, Set<String> scope) {
        List<ConversationRowRepository.ReviewTimes> times = scope == null ? conversations.findReviewTimes(Times.toDb(since))
                : scope.isEmpty() ? List.of() : conversations.findReviewTimesIn(Times.toDb(since), scope);
        return times.stream()
                .map(t -> Duration.between(t.startedAt(), t.firstReviewedAt())).toList();
    }

    @Override
    public boolean record(String conversationId, Review review) {
        return conversations.update(conversationId, review.status().name(), review.note(), review.reviewer(),
                review.firstReviewedAt(), review.reviewedAt()) > 0;
    }

    @Override
    public boolean markWaiting(String conversationId, Instant since) {
        return conversations.markWaiting(conversationId, Times.toDb(since)) == 1;
    }

    @Override
    public void clearWaiting(String conversationId) {
        conversations.clearWaiting(conversationId);
    }

    @Override
    public List<ConversationRecord> waiting(ConversationQuery query, int limit) {
        return conversations.findAll(ConversationQueries.waiting(query),
                Pageable.from(0, limit, LONGEST_WAITING_FIRST, false)).getContent().stream()
                .map(JdbcConversationLog::record).toList();
    }

    @Override
    public int purgeInactiveBefore(Instant cutoff) {
        return conversations.deleteInactiveBefore(Times.toDb(cutoff));
    }

    /** The status in force: a message after a review puts a REVIEWED conversation back in the queue as NEW. */
    static ReviewStatus inForce(ConversationRow row) {
        ReviewStatus stored = ReviewStatus.parse(row.reviewStatus()).orElse(ReviewStatus.NEW);
        boolean messageSince = stored == ReviewStatus.REVIEWED && row.reviewedAt() != null
                && row.reviewedAt().isBefore(row.lastMessageAt());
        return messageSince ? ReviewStatus.NEW : stored;
    }

    static List<String> sources(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[;\\r\\n]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static ConversationRecord record(ConversationRow r) {
        return new ConversationRecord(r.id(), r.partnershipId(), r.channel(), r.sender(), r.callerRole(),
                r.highestRoute(), inForce(r), r.reviewNote(), r.reviewedBy(), r.firstReviewedAt(), r.startedAt(),
                r.lastMessageAt(), r.messageCount(), r.previousContacts(), r.language(), numberTexted(r.channelKey()),
                r.waitingSince());
    }

    // An SMS conversation's key is "sms:" + the number texted + ":" + the sender (channels.twilio.TwilioSmsController)
    static String numberTexted(String channelKey) {
        if (channelKey == null || !channelKey.startsWith("sms:")) {
            return null;
        }
        String[] parts = channelKey.split(":", 3);
        return parts.length == 3 && !parts[1].isBlank() ? parts[1] : null;
    }
}
