package uk.mashline.persistence;

import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import uk.mashline.review.ConversationQuery;
import uk.mashline.review.ReviewStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer's query as conditions on conversation rows. The review status asked for is the one in
 * force: a REVIEWED conversation with a message since its review counts as NEW.
 */
final class ConversationQueries {

    private ConversationQueries() {
    }

    static PredicateSpecification<ConversationRow> matching(ConversationQuery q) {
        return (root, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (q.partnership() != null) {
                conditions.add(cb.equal(root.get("partnershipId"), q.partnership()));
            }
            if (q.scope() != null) {
                // a reviewer scoped to no partnership at all sees nothing (never "everything")
                conditions.add(q.scope().isEmpty() ? cb.disjunction() : root.get("partnershipId").in(q.scope()));
            }
            if (q.channel() != null) {
                conditions.add(cb.equal(root.get("channel"), q.channel()));
            }
            if (q.route() != null) {
                conditions.add(cb.equal(root.get("highestRoute"), q.route().name()));
            }
            if (q.reviewStatus() != null) {
                conditions.add(status(root, cb, q.reviewStatus()));
            }
            if (q.language() != null) {
                conditions.add(cb.equal(root.get("language"), q.language()));
            }
            if (q.from() != null) {
                conditions.add(cb.greaterThanOrEqualTo(root.get("lastMessageAt"), q.from()));
            }
            if (q.toExclusive() != null) {
                conditions.add(cb.lessThan(root.get("lastMessageAt"), q.toExclusive()));
            }
            return conditions.isEmpty() ? null : cb.and(conditions.toArray(new Predicate[0]));
        };
    }

    /** Waiting for a member of staff (the person asked for one, and no one has replied yet). */
    static PredicateSpecification<ConversationRow> waiting(ConversationQuery q) {
        return both(matching(q), (root, cb) -> cb.isNotNull(root.get("waitingSince")));
    }

    /** Immediate risk that is not REVIEWED (or has had a message since its review): the head of the queue. */
    static PredicateSpecification<ConversationRow> riskNotReviewed(ConversationQuery q) {
        return both(matching(q), (root, cb) -> cb.and(cb.equal(root.get("highestRoute"), "IMMEDIATE_RISK"),
                cb.not(reviewedSinceLastMessage(root, cb))));
    }

    /** Everything else the query matches (written out, so rows with nulls fall on exactly one side). */
    static PredicateSpecification<ConversationRow> rest(ConversationQuery q) {
        return both(matching(q), (root, cb) -> cb.or(cb.isNull(root.get("highestRoute")),
                cb.notEqual(root.get("highestRoute"), "IMMEDIATE_RISK"), reviewedSinceLastMessage(root, cb)));
    }

    private static PredicateSpecification<ConversationRow> both(PredicateSpecification<ConversationRow> a,
                                                                PredicateSpecification<ConversationRow> b) {
        return (root, cb) -> {
            Predicate first = a.toPredicate(root, cb);
            Predicate second = b.toPredicate(root, cb);
            return first == null ? second : cb.and(first, second);
        };
    }

    /** REVIEWED, with no message since the review (a review from before reviewed_at was kept counts). */
    private static Predicate reviewedSinceLastMessage(Root<ConversationRow> root, CriteriaBuilder cb) {
        return cb.and(cb.equal(root.get("reviewStatus"), ReviewStatus.REVIEWED.name()),
                cb.or(cb.isNull(root.get("reviewedAt")),
                        cb.greaterThanOrEqualTo(root.get("reviewedAt"), root.get("lastMessageAt"))));
    }

    private static Predicate status(Root<ConversationRow> root, CriteriaBuilder cb, ReviewStatus status) {
        Predicate stored = cb.equal(root.get("reviewStatus"), status.name());
        Predicate reviewed = cb.equal(root.get("reviewStatus"), ReviewStatus.REVIEWED.name());
        return switch (status) {
            case NEW -> cb.or(stored, cb.and(reviewed, messageSinceReview(root, cb)));
            case REVIEWED -> reviewedSinceLastMessage(root, cb);
            default -> stored;
        };
    }

    private static Predicate messageSinceReview(Root<ConversationRow> root, CriteriaBuilder cb) {
        return cb.lessThan(root.get("reviewedAt"), root.get("lastMessageAt"));
    }
}
