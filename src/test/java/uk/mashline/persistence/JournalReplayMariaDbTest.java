package uk.mashline.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.dialogue.ConversationStore;
import uk.mashline.dialogue.TurnRecorder;
import uk.mashline.testsupport.MariaDbTest;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A journalled turn the database refuses for its own data (here a partnership id longer than its
 * column, and a time that cannot be read) would be refused on every replay: it is moved to the
 * quarantine folder for a person to look at, and the turns behind it are stored.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalReplayMariaDbTest extends MariaDbTest {

    @Inject
    ConversationStore store;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource dataSource;

    @Test
    void aTurnTheDatabaseRefusesIsSetAsideAndTheTurnsBehindItAreStored() throws Exception {
        Path dir = Files.createTempDirectory("mash-journal-");
        FileTurnJournal journal = new FileTurnJournal(JournalSettings.in(dir), json);
        JournalEntry first = entry("west-sussex", Instant.now().toString());
        JournalEntry tooLong = entry("x".repeat(100), Instant.now().toString());
        JournalEntry unreadable = entry("west-sussex", "yesterday teatime");
        JournalEntry last = entry("west-sussex", Instant.now().toString());
        StringBuilder lines = new StringBuilder();
        for (JournalEntry e : List.of(first, tooLong, unreadable, last)) {
            lines.append(json.writeValueAsString(e)).append('\n');
        }
        Files.writeString(dir.resolve(FileTurnJournal.ACTIVE), lines, StandardCharsets.UTF_8);

        new JournalReplayer(journal, new TurnRecorder(store, Duration.ofHours(12))).replay();

        assertEquals(1, stored(first.externalId()));
        assertEquals(1, stored(last.externalId()), "the turn behind the refused ones is stored");
        assertEquals(0, stored(tooLong.externalId()));
        List<Path> quarantined;
        try (Stream<Path> files = Files.list(dir.resolve(FileTurnJournal.QUARANTINE))) {
            quarantined = files.sorted().toList();
        }
        assertEquals(2, quarantined.size(), "both refused turns quarantined, one file each");
        assertTrue(quarantined.stream().anyMatch(p -> p.getFileName().toString().contains(tooLong.externalId())));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(FileTurnJournal.QUARANTINE), left.map(p -> p.getFileName().toString()).toList(),
                    "nothing left to replay");
        }
    }

    @Test
    void aJournalDrainedFromARetiredInstanceIsReplayedByAnother() throws Exception {
        Path live = Files.createTempDirectory("mash-journal-");
        JournalEntry entry = entry("west-sussex", Instant.now().toString());
        // the README's drain: the retired instance's journal.jsonl moved in under a name of its own
        Files.writeString(live.resolve("journal-old.jsonl" + FileTurnJournal.REPLAYING_SUFFIX),
                json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8);

        new JournalReplayer(new FileTurnJournal(JournalSettings.in(live), json), new TurnRecorder(store, Duration.ofHours(12))).replay();

        assertEquals(1, stored(entry.externalId()));
        try (Stream<Path> left = Files.list(live)) {
            assertEquals(0, left.count(), "replayed and removed");
        }
    }

    @Test
    void aWebTurnNamingAConversationTheDatabaseDoesNotKnowIsStoredInANewOne() throws Exception {
        Path dir = Files.createTempDirectory("mash-journal-");
        // the chat's conversation id, while the database was away: the replay cannot find it, and keeps the turn
        JournalEntry web = new JournalEntry("WEB", "west-sussex", UUID.randomUUID().toString(), null, "web:test",
                "my neighbour's children are left alone", "W" + UUID.randomUUID(), Instant.now().toString(),
                List.of("If a child is in danger right now, call 999."), List.of());
        Files.writeString(dir.resolve(FileTurnJournal.ACTIVE), json.writeValueAsString(web) + "\n",
                StandardCharsets.UTF_8);

        new JournalReplayer(new FileTurnJournal(JournalSettings.in(dir), json), new TurnRecorder(store, Duration.ofHours(12)))
                .replay();

        assertEquals(1, stored(web.externalId()));
        assertTrue(Files.notExists(dir.resolve(FileTurnJournal.SET_ASIDE)), "not set aside");
    }

    private static JournalEntry entry(String partnership, String receivedAt) {
        String sender = "+4477009" + (10_000_000 + (int) (Math.random() * 89_999_999));
        return new JournalEntry("SMS", partnership, null, "sms:+447700900101:" + sender, sender,
                "my neighbour's children are left alone", "SM" + UUID.randomUUID().toString().replace("-", ""),
                receivedAt, List.of("If a child is in danger right now, call 999."), List.of());
    }

    private int stored(String sid) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM message WHERE external_id = ?")) {
            ps.setString(1, sid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) / 2;
            }
        }
    }
}
