package uk.mashline.persistence;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.testsupport.StaffAccountsForTests;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A journalled turn the database refuses for its own data is moved to the quarantine folder, never
 * blocks the turn behind it, and is reported to staff (in /health details and on the console's API),
 * never to anyone else.
 */
@MicronautTest(transactional = false)
class JournalQuarantineTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JournalReplayer replayer;
    @Inject
    ObjectMapper json;
    @Inject
    StaffUsers users;
    @Inject
    DataSource dataSource;
    @Value("${mash.journal.dir}")
    String dir;

    @Test
    void aRefusedTurnIsQuarantinedReportedToStaffAndTheTurnBehindItIsStored() throws Exception {
        StaffAccountsForTests.ensure(users);
        JournalEntry refused = entry("x".repeat(100));
        JournalEntry behind = entry("west-sussex");
        Path journal = Files.createDirectories(Path.of(dir));
        Files.writeString(journal.resolve(FileTurnJournal.ACTIVE),
                json.writeValueAsString(refused) + "\n" + json.writeValueAsString(behind) + "\n", StandardCharsets.UTF_8);

        replayer.replay();

        Path quarantine = journal.resolve(FileTurnJournal.QUARANTINE);
        try (var files = Files.list(quarantine)) {
            List<Path> held = files.toList();
            assertEquals(1, held.size());
            assertTrue(Files.readString(held.get(0)).contains(refused.externalId()));
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(quarantine)));
        String staffView = client.toBlocking().retrieve(StaffAccountsForTests.asReviewer(HttpRequest.GET("/api/staff/journal")));
        assertTrue(staffView.contains("\"quarantined\":1"), staffView);
        Map<?, ?> health = client.toBlocking().retrieve(StaffAccountsForTests.asReviewer(HttpRequest.GET("/health")), Map.class);
        assertTrue(String.valueOf(health.get("details")).contains("quarantined=1"), String.valueOf(health));
        String anonymous = client.toBlocking().retrieve(HttpRequest.GET("/health"));
        assertFalse(anonymous.contains("quarantine"), anonymous);
        assertEquals(2, messages(behind.externalId()), "the turn behind the refused one is stored");
        String after = client.toBlocking().retrieve(StaffAccountsForTests.asReviewer(HttpRequest.GET("/api/staff/journal")));
        assertTrue(after.contains("\"waitingFiles\":0"), after);
    }

    private int messages(String externalId) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM message WHERE external_id = ?")) {
            ps.setString(1, externalId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static JournalEntry entry(String partnership) {
        return new JournalEntry("SMS", partnership, null, "sms:+447700900101:+447700900777", "+447700900777",
                "my neighbour's children are left alone", "SM" + UUID.randomUUID().toString().replace("-", ""),
                Instant.now().toString(), List.of("If a child is in danger right now, call 999."), List.of());
    }
}
