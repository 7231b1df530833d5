package uk.mashline.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.Conversation;
import uk.mashline.dialogue.HandleInboundMessage;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.Reply;
import uk.mashline.dialogue.Wording;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.SlotExtractor;
import uk.mashline.testsupport.FaultyCommits;
import uk.mashline.testsupport.FaultyCommits.Fault;
import uk.mashline.testsupport.MariaDbTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a cluster does to a commit, through the whole turn on MariaDB: a commit refused by another
 * node's certification (error 1213) is taken again; a commit whose answer was lost with its
 * connection, though it was stored, is written again and recognised by its message id. Either way
 * the sender gets the real answer, not the safety reply, and the turn is stored exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterCommitTest extends MariaDbTest {

    @Inject
    DataSource pooled;
    @Inject
    SchemaMigration schema;
    @Inject
    PartnershipDirectory partnerships;
    @Inject
    IntentClassifier classifier;
    @Inject
    Conversation conversation;
    @Inject
    Clock clock;
    @Inject
    Wording wording;

    private DataSource direct;
    private FaultyCommits faults;
    private JdbcConversationStore store;
    private HandleInboundMessage turns;

    @BeforeAll
    void setUp() {
        direct = DelegatingDataSource.unwrapDataSource(pooled);
        faults = new FaultyCommits(direct);
        store = new JdbcConversationStore(faults, schema, new StoreSettings(1, 64, Duration.ofSeconds(5)));
        turns = new HandleInboundMessage(partnerships, classifier, SlotExtractor.NONE, store, conversation, clock,
                Duration.ofHours(12), wording);
    }

    @AfterAll
    void tearDown() {
        store.close();
    }

    @Test
    void aCommitRefusedByCertificationIsTakenAgain() throws Exception {
        String sender = newSender();
        faults.failNextCommit(Fault.CONFLICT);
        String sid = sid();
        Reply reply = turns.handle(text(sender, sid, "hello"));
        assertTrue(faults.happened(), "the commit was refused");
        assertRealAnswer(reply);
        assertStoredOnce(sid);

        faults.failNextCommit(Fault.CONFLICT);
        String next = sid();
        assertRealAnswer(turns.handle(text(sender, next, "can I speak to a real person please")));
        assertStoredOnce(next);
        assertEquals(4, messageCount(sender), "two turns in one conversation");
    }

    @Test
    void aCommitWhoseAnswerWasLostIsNotStoredTwice() throws Exception {
        String sender = newSender();
        faults.failNextCommit(Fault.LOST_AFTER_COMMIT);
        String sid = sid();
        Reply first = turns.handle(text(sender, sid, "hello"));
        assertTrue(faults.happened(), "the answer to the commit was lost");
        assertRealAnswer(first);
        assertStoredOnce(sid);

        // a conversation that exists: its update is the part a second write could repeat
        faults.failNextCommit(Fault.LOST_AFTER_COMMIT);
        String next = sid();
        assertRealAnswer(turns.handle(text(sender, next, "can I speak to a real person please")));
        assertStoredOnce(next);
        assertEquals(4, messageCount(sender), "two turns, each counted once");
    }

    private void assertRealAnswer(Reply reply) {
        assertFalse(reply.text().contains(wording.text("safety.tryAgain")), reply.text());
        assertFalse(reply.text().isBlank());
    }

    private void assertStoredOnce(String sid) throws Exception {
        try (Connection c = direct.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT direction, COUNT(*) FROM message WHERE external_id = ? GROUP BY direction ORDER BY direction")) {
            ps.setString(1, sid);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("IN", rs.getString(1));
                assertEquals(1, rs.getInt(2), "the message stored once");
                assertTrue(rs.next());
                assertEquals("OUT", rs.getString(1));
                assertEquals(1, rs.getInt(2), "the reply stored once");
            }
        }
    }

    private int messageCount(String sender) throws Exception {
        try (Connection c = direct.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT SUM(message_count), COUNT(*) FROM conversation WHERE sender = ?")) {
            ps.setString(1, sender);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(2), "one conversation");
                return rs.getInt(1);
            }
        }
    }

    private static InboundMessage text(String sender, String sid, String body) {
        String to = "+447700900101";
        return new InboundMessage(Channel.SMS, "west-sussex", null, "sms:" + to + ":" + sender, sender, body, sid,
                Instant.now());
    }

    private static String newSender() {
        return "+4477009" + (10_000_000 + (int) (Math.random() * 89_999_999));
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }
}
