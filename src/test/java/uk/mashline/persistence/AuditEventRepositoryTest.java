package uk.mashline.persistence;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.SharedService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Flyway-migrated round trip on the embedded database. */
@SharedService
class AuditEventRepositoryTest {

    @Inject
    AuditEventRepository repository;

    @Inject
    AuditRowsAppender appender;

    @Test
    void savesAndReadsBackAnAuditEventOnTheEmbeddedDatabase() {
        assertRoundTrip(repository, "embedded-" + System.nanoTime());
    }

    @Test
    void appendsRowsTogetherOnTheEmbeddedDatabase() {
        assertAppended(repository, appender, "embedded-" + System.nanoTime());
    }

    static void assertAppended(AuditEventRepository repository, AuditRowsAppender appender, String actor) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        appender.appendAll(List.of(AuditEventRow.of(at, actor, "DUTY_ALERT", "conversation", "c1", "IMMEDIATE_RISK SMS"),
                AuditEventRow.of(at, actor, "DUTY_ALERT", "conversation", "c2", null)));
        List<AuditEventRow> found = repository.findByActorOrderByIdAsc(actor);
        assertEquals(2, found.size());
        assertEquals(at, found.get(0).at());
        assertEquals("c1", found.get(0).targetId());
        assertEquals("IMMEDIATE_RISK SMS", found.get(0).detail());
        assertEquals("c2", found.get(1).targetId());
        assertEquals(null, found.get(1).detail());
    }

    static void assertRoundTrip(AuditEventRepository repository, String actor) {
        // mysql-connector-j sees MariaDB as MySQL 5.5 and sends whole seconds; ordering uses ids, never times
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AuditEventRow saved = repository.save(AuditEventRow.of(at, actor, "LOGIN", "staff_user", "1", "ok"));
        assertNotNull(saved.id());
        List<AuditEventRow> found = repository.findByActorOrderByIdAsc(actor);
        assertEquals(1, found.size());
        assertEquals(at, found.get(0).at());
        assertEquals("LOGIN", found.get(0).action());
    }
}
