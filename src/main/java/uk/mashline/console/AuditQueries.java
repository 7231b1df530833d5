package uk.mashline.console;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import jakarta.persistence.criteria.Predicate;
import uk.mashline.persistence.AuditEventRepository;
import uk.mashline.persistence.AuditEventRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log for administrators, newest first, filtered by actor, action and time. */
@Singleton
public class AuditQueries {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("id"));

    private final AuditEventRepository repository;

    public AuditQueries(AuditEventRepository repository) {
        this.repository = repository;
    }

    public AuditEventPage page(String actor, String action, Instant from, Instant toExclusive, int page, int size) {
        Page<AuditEventRow> found = repository.findAll(matching(actor, action, from, toExclusive),
                Pageable.from(page, size, NEWEST_FIRST));
        long total = found.getTotalSize();
        return new AuditEventPage(found.getContent(), total, page, size, (int) ((total + size - 1) / size));
    }

    private static PredicateSpecification<AuditEventRow> matching(String actor, String action, Instant from,
                                                                  Instant toExclusive) {
        return (root, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (actor != null) {
                conditions.add(cb.equal(root.get("actor"), actor));
            }
            if (action != null) {
                conditions.add(cb.equal(root.get("action"), action));
            }
            if (from != null) {
                conditions.add(cb.greaterThanOrEqualTo(root.get("at"), from));
            }
            if (toExclusive != null) {
                conditions.add(cb.lessThan(root.get("at"), toExclusive));
            }
            return conditions.isEmpty() ? null : cb.and(conditions.toArray(new Predicate[0]));
        };
    }
}
