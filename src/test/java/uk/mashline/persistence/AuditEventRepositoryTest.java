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

    @Test
    void savesAndReadsBackAnAuditEventOnTheEmbeddedDatabase() {
        assertRoundTrip(repository, "embedded-" + System.nanoTime());
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
