package uk.mashline.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.ConcurrentTurnException;
import uk.mashline.dialogue.ConversationState;
import uk.mashline.dialogue.DuplicateDeliveryException;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.LoggedMessage;
import uk.mashline.dialogue.Route;
import uk.mashline.testsupport.MariaDbTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's grouped writes and look-ups on a real MariaDB/MySQL server: a group commit stores
 * every turn once, a refused turn does not take its group down with it, and a grouped look-up
 * gives each sender their own conversation.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupedStoreMariaDbTest extends MariaDbTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Inject
    DataSource pooled;

    @Inject
    DatasourceConfiguration datasource;

    @Inject
    JdbcConversationStore store;

    private DataSource dataSource;
    private GroupCommitTurnWriter writer;

    @BeforeAll
    void setUp() {
        dataSource = DelegatingDataSource.unwrapDataSource(pooled);
        writer = new GroupCommitTurnWriter(dataSource, 1, 64, Duration.ofSeconds(5));
    }

    @AfterAll
    void tearDown() {
        writer.release(); // the connection this thread's direct writeGroup calls used
        writer.close();
    }

    @Test
    void theMySqlDriverGetsTheSettingsFromConfiguration() {
        // Micronaut rewrites the keys under data-source-properties; these come from mash.mysql-driver-properties
        assertEquals("true", datasource.getDataSourceProperties().getProperty("rewriteBatchedStatements"));
        assertEquals("true", datasource.getDataSourceProperties().getProperty("cachePrepStmts"));
    }

    @Test
    void aGroupCommitStoresEveryTurnOnce() throws Exception {
        List<GroupCommitTurnWriter.TurnRows> group = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            group.add(newTurn("SMgroup" + i + "-" + UUID.randomUUID()));
        }
        writer.writeGroup(group);
        for (GroupCommitTurnWriter.TurnRows t : group) {
            assertNull(t.await());
            assertEquals(2, messagesWithId(t.in().externalId()));
            assertEquals(1, conversations(t.state().id()));
        }
    }

    @Test
    void aRedeliveryIsRefusedAndTheRestOfItsGroupIsStored() throws Exception {
        String sid = "SMredelivered-" + UUID.randomUUID();
        writer.write(newTurn(sid).state(), newTurn(sid).in(), newTurn(sid).out());
        var first = newTurn("SMfirst-" + UUID.randomUUID());
        var again = newTurn(sid);
        var last = newTurn("SMlast-" + UUID.randomUUID());

        writer.writeGroup(List.of(first, again, last));

        assertNull(first.await());
        assertNull(last.await());
        ExecutionException refused = assertThrows(ExecutionException.class, again::await);
        assertInstanceOf(DuplicateDeliveryException.class, refused.getCause());
        assertEquals(2, messagesWithId(sid));
        assertEquals(2, messagesWithId(first.in().externalId()));
        assertEquals(2, messagesWithId(last.in().externalId()));
        assertEquals(0, conversations(again.state().id()));
    }

    @Test
    void aTurnOnAConversationChangedMeanwhileIsRefusedAndTheRestCommit() throws Exception {
        var opening = newTurn("SMopen-" + UUID.randomUUID());
        writer.write(opening.state(), opening.in(), opening.out());
        ConversationState read = store.find(opening.state().id()).orElseThrow();
        // another instance took a turn of this conversation since it was read
        var elsewhere = turn(read, "SMelsewhere-" + UUID.randomUUID());
        writer.write(elsewhere.state(), elsewhere.in(), elsewhere.out());

        var stale = turn(read, "SMstale-" + UUID.randomUUID());
        var other = newTurn("SMother-" + UUID.randomUUID());
        writer.writeGroup(List.of(stale, other));

        ExecutionException refused = assertThrows(ExecutionException.class, stale::await);
        assertInstanceOf(ConcurrentTurnException.class, refused.getCause());
        assertNull(other.await());
        assertEquals(0, messagesWithId(stale.in().externalId()));
        assertEquals(2, messagesWithId(other.in().externalId()));
        assertEquals(read.version() + 1, store.find(read.id()).orElseThrow().version());
    }

    @Test
    void aGroupOfFollowUpsUpdatesEachConversationAndRefusesOnlyTheStaleOne() throws Exception {
        // five or more updates go to the server as one multi-statement batch: each count must still be its own
        List<ConversationState> read = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var opening = newTurn("SMfollow" + i + "-" + UUID.randomUUID());
            writer.write(opening.state(), opening.in(), opening.out());
            read.add(store.find(opening.state().id()).orElseThrow());
        }
        var elsewhere = turn(read.get(3), "SMelsewhere-" + UUID.randomUUID());
        writer.write(elsewhere.state(), elsewhere.in(), elsewhere.out());
        List<GroupCommitTurnWriter.TurnRows> followUps = new ArrayList<>();
        for (ConversationState state : read) {
            followUps.add(turn(state, "SMnext-" + UUID.randomUUID()));
        }

        writer.writeGroup(followUps);

        for (int i = 0; i < followUps.size(); i++) {
            var t = followUps.get(i);
            if (i == 3) {
                ExecutionException refused = assertThrows(ExecutionException.class, t::await);
                assertInstanceOf(ConcurrentTurnException.class, refused.getCause());
                assertEquals(0, messagesWithId(t.in().externalId()));
            } else {
                assertNull(t.await());
                assertEquals(2, messagesWithId(t.in().externalId()));
                assertEquals(read.get(i).version() + 1, store.find(read.get(i).id()).orElseThrow().version());
            }
        }
    }

    @Test
    void manySendersAtOnceAreEachStoredAndFoundAgain() throws Exception {
        int senders = 48;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<GroupCommitTurnWriter.TurnRows>> written = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                written.add(pool.submit(() -> {
                    var t = newTurn("SMmany-" + UUID.randomUUID());
                    store.recordTurn(t.state(), t.in(), t.out());
                    return t;
                }));
            }
            List<GroupCommitTurnWriter.TurnRows> turns = new ArrayList<>();
            for (Future<GroupCommitTurnWriter.TurnRows> f : written) {
                turns.add(f.get());
            }
            List<Future<Optional<ConversationState>>> found = new ArrayList<>();
            for (var t : turns) {
                found.add(pool.submit(() -> store.findOpen(t.state().channelKey(), NOW.minusSeconds(60))));
            }
            found.add(pool.submit(() -> store.findOpen("sms:+447700900101:+447000000000", NOW.minusSeconds(60))));
            for (int i = 0; i < turns.size(); i++) {
                assertEquals(turns.get(i).state().id(), found.get(i).get().orElseThrow().id());
                assertEquals(2, messagesWithId(turns.get(i).in().externalId()));
            }
            assertTrue(found.get(turns.size()).get().isEmpty(), "a sender with no conversation has none");
            // a conversation idle for longer than the window is not the sender's open one
            assertTrue(store.findOpen(turns.get(0).state().channelKey(), NOW.plusSeconds(1)).isEmpty());
        } finally {
            pool.shutdownNow();
        }
    }

    private static GroupCommitTurnWriter.TurnRows newTurn(String sid) {
        String sender = "+4477" + Math.abs(sid.hashCode() % 100_000_000);
        InboundMessage m = new InboundMessage(Channel.SMS, "west-sussex", null, "sms:+447700900101:" + sender + sid,
                sender, "hello", sid, NOW);
        return turn(ConversationState.start(m), sid);
    }

    private static GroupCommitTurnWriter.TurnRows turn(ConversationState state, String sid) {
        ConversationState next = state.reached(Route.GREETING);
        return new GroupCommitTurnWriter.TurnRows(next,
                new LoggedMessage(LoggedMessage.Direction.IN, "hello", Route.GREETING, "greeting", 0.9, null, "test",
                        List.of(), sid, NOW),
                new LoggedMessage(LoggedMessage.Direction.OUT, "Hello. If a child is in danger, call 999.",
                        Route.GREETING, "greeting", null, null, "test", List.of("west-sussex.yml#mash"), sid, NOW));
    }

    private long messagesWithId(String externalId) throws Exception {
        return count("SELECT COUNT(*) FROM message WHERE external_id = ?", externalId);
    }

    private long conversations(String id) throws Exception {
        return count("SELECT COUNT(*) FROM conversation WHERE id = ?", id);
    }

    private long count(String sql, String value) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
