package uk.mashline.persistence;

import uk.mashline.dialogue.ConcurrentTurnException;
import uk.mashline.dialogue.ConversationState;
import uk.mashline.dialogue.DuplicateDeliveryException;
import uk.mashline.dialogue.LoggedMessage;
import uk.mashline.dialogue.StoreUnavailableException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Stores turns in group commits. Every turn waits until its own transaction has committed, but
 * the turns that arrive while a commit is under way share the next one: one round trip for their
 * conversations, one for their messages, one commit and one log flush, instead of six round
 * trips and a flush each. Under light load a group is a single turn and nothing waits for company.
 * <p>
 * A turn whose conversation another instance changed meanwhile is refused on its own and the rest
 * of its group commit. A group with a refused message (a redelivery, its id already stored) is
 * rolled back and its turns written one by one, so each gets its own answer.
 * <p>
 * On a cluster, a commit refused because another node changed the conversation first (Galera's
 * certification, reported as a deadlock) refuses the turn as a concurrent one, to be taken again
 * from a fresh read; a connection that fails under way has the group written again on a fresh one.
 */
final class GroupCommitTurnWriter implements AutoCloseable {

    // Review state is not the engine's: a new conversation starts NEW by the column's default, and a
    // message after a review puts it back in the queue because it is later than the review
    // (review.ConversationLog, whose implementation is review state's one writer).
    private static final String INSERT_CONVERSATION_INTO = "INSERT INTO conversation (id, partnership_id, channel, "
            + "channel_key, sender, caller_role, flow_state, highest_route, started_at, "
            + "last_message_at, language, more_text, message_count, version) VALUES ";
    private static final String CONVERSATION_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,2,0)";
    private static final int CONVERSATION_COLUMNS = 12;
    private static final String INSERT_CONVERSATION = INSERT_CONVERSATION_INTO + CONVERSATION_ROW;
    private static final String UPDATE_CONVERSATION = "UPDATE conversation SET caller_role = ?, flow_state = ?, "
            + "highest_route = ?, last_message_at = ?, language = ?, more_text = ?, message_count = message_count + 2, "
            + "version = version + 1 WHERE id = ? AND version = ?";
    private static final String INSERT_MESSAGE_INTO = "INSERT INTO message (conversation_id, direction, channel, "
            + "partnership_id, text, route, intent, confidence, rule, model_version, sources, external_id, "
            + "created_at) VALUES ";
    private static final String MESSAGE_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final int MESSAGE_COLUMNS = 13;
    // the first try, and one more on a fresh connection after the first one failed under way
    private static final int ATTEMPTS = 2;
    // the writer keeps its connection (out of autocommit) through pauses this short: handing it back to the pool
    // whenever no turn waited cost two SET autocommit round trips and the pool's bookkeeping for about every third
    // group at a few hundred turns a second (0.2 statements a turn in scripts/bench-cpu)
    static final Duration KEEP_CONNECTION_IDLE = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final int networkTimeoutMillis;
    private final Grouping<TurnRows, Void> grouping;
    private final ThreadLocal<Connection> held = new ThreadLocal<>();
    /**
     * A group's rows go as one multi-row INSERT the writer writes itself ({@link #rows}), not as a JDBC batch the
     * driver rewrites into one: the same statement, but Connector/J sizes a rewritten batch by escaping every text
     * once before it escapes it again to send it (a third of the writer's CPU, scripts/bench-cpu under JFR).
     * The SQL for each number of rows, made once; short enough for the driver's statement cache up to about 60 rows.
     */
    private final String[] conversationSql;
    private final String[] messageSql;

    /**
     * @param writers        how many transactions may be under way at once
     * @param networkTimeout how long a writer waits for the database before it gives the group up,
     *                       so a hanging server cannot hold the writers for ever
     */
    GroupCommitTurnWriter(DataSource dataSource, int writers, int maxGroup, Duration networkTimeout) {
        this.dataSource = dataSource;
        this.networkTimeoutMillis = (int) networkTimeout.toMillis();
        this.conversationSql = new String[maxGroup + 1];
        this.messageSql = new String[2 * maxGroup + 1];
        this.grouping = new Grouping<>("turn-writer", writers, maxGroup, this::writeGroup, this::release,
                KEEP_CONNECTION_IDLE);
    }

    /**
     * Stores one turn atomically and returns once it is committed.
     *
     * @throws ConcurrentTurnException    another instance changed the conversation since it was read
     * @throws DuplicateDeliveryException the inbound message's external id is already stored
     * @throws StoreUnavailableException  the database could not take it
     */
    void write(ConversationState state, LoggedMessage in, LoggedMessage out) {
        grouping.submit(new TurnRows(state, in, out));
    }

    @Override
    public void close() {
        grouping.close();
    }

    /**
     * Writes one group; every turn in it is answered or refused. A connection that fails under way
     * (the node died, or left the cluster) is given up and the group's unanswered turns are written
     * again on a fresh one, which the multi-host driver opens on a surviving node. A commit whose
     * answer was lost may have been stored: its second write meets the unique message id and the
     * turn is answered as the redelivery it then is, never stored twice.
     */
    void writeGroup(List<TurnRows> group) {
        for (int attempt = 1; ; attempt++) {
            List<TurnRows> open = group.stream().filter(t -> !t.answered()).toList();
            if (open.isEmpty()) {
                return;
            }
            Connection c;
            try {
                c = connection();
            } catch (SQLException e) {
                // the pool already waited its connection timeout for this one
                lostConnection();
                refuseAll(open, new StoreUnavailableException(e));
                return;
            }
            try {
                if (open.size() == 1) {
                    writeAlone(c, open.get(0));
                } else {
                    writeTogether(c, open);
                }
                return;
            } catch (SQLException connectionLost) {
                lostConnection();
                if (attempt >= ATTEMPTS) {
                    refuseAll(open, new StoreUnavailableException(connectionLost));
                    return;
                }
            }
        }
    }

    /** One transaction for the group; a turn refused by a key spoils it, and each is then written alone. */
    private void writeTogether(Connection c, List<TurnRows> group) throws SQLException {
        try {
            List<TurnRows> accepted = updateConversations(c, group);
            insertConversations(c, accepted);
            insertMessages(c, accepted);
            c.commit();
            group.forEach(t -> t.answer(null));
            return;
        } catch (SQLException e) {
            rollbackQuietly(c);
            if (SqlErrors.isConnectionFailure(e)) {
                throw e;
            }
            // one turn refused (or a conflict with another node) spoils the group: each its own transaction and answer
        }
        for (TurnRows t : group) {
            writeAlone(c, t);
        }
    }

    /** Updates the group's existing conversations; a turn whose conversation has another version by now is refused. */
    private List<TurnRows> updateConversations(Connection c, List<TurnRows> group) throws SQLException {
        List<TurnRows> updates = group.stream().filter(t -> !t.state().isNew()).toList();
        if (updates.isEmpty()) {
            return group;
        }
        int[] counts;
        try (PreparedStatement ps = c.prepareStatement(UPDATE_CONVERSATION)) {
            for (TurnRows t : updates) {
                bindUpdate(ps, t);
                ps.addBatch();
            }
            counts = ps.executeBatch();
        }
        List<TurnRows> accepted = new ArrayList<>(group.size());
        int u = 0;
        for (TurnRows t : group) {
            if (t.state().isNew()) {
                accepted.add(t);
            } else if (counts[u++] == 0) {
                t.refuse(new ConcurrentTurnException(t.state().id()));
            } else {
                accepted.add(t);
            }
        }
        return accepted;
    }

    private void insertConversations(Connection c, List<TurnRows> turns) throws SQLException {
        if (turns.stream().noneMatch(t -> t.state().isNew())) {
            return;
        }
        int count = (int) turns.stream().filter(t -> t.state().isNew()).count();
        try (PreparedStatement ps = c.prepareStatement(rows(conversationSql, INSERT_CONVERSATION_INTO, CONVERSATION_ROW,
                count))) {
            int row = 0;
            for (TurnRows t : turns) {
                if (t.state().isNew()) {
                    bindInsert(ps, row++ * CONVERSATION_COLUMNS, t);
                }
            }
            ps.executeUpdate();
        }
    }

    private void insertMessages(Connection c, List<TurnRows> turns) throws SQLException {
        if (turns.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(rows(messageSql, INSERT_MESSAGE_INTO, MESSAGE_ROW,
                2 * turns.size()))) {
            int row = 0;
            for (TurnRows t : turns) {
                bindMessage(ps, row++ * MESSAGE_COLUMNS, t.state(), t.in());
                bindMessage(ps, row++ * MESSAGE_COLUMNS, t.state(), t.out());
            }
            ps.executeUpdate();
        }
    }

    /** The INSERT of {@code count} rows, made the first time a group of that many comes (a race makes it twice, equal). */
    private static String rows(String[] made, String into, String row, int count) {
        String sql = made[count];
        if (sql == null) {
            StringBuilder b = new StringBuilder(into.length() + count * (row.length() + 1)).append(into).append(row);
            for (int i = 1; i < count; i++) {
                b.append(',').append(row);
            }
            sql = b.toString();
            made[count] = sql;
        }
        return sql;
    }

    /** One turn in its own transaction, with its own answer; a failed connection is thrown, for the group to write again. */
    private void writeAlone(Connection c, TurnRows t) throws SQLException {
        if (t.answered()) {
            return;
        }
        try {
            ConversationState s = t.state();
            if (s.isNew()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_CONVERSATION)) {
                    bindInsert(ps, 0, t);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(UPDATE_CONVERSATION)) {
                    bindUpdate(ps, t);
                    if (ps.executeUpdate() != 1) {
                        c.rollback();
                        t.refuse(new ConcurrentTurnException(s.id()));
                        return;
                    }
                }
            }
            insertMessages(c, List.of(t));
            c.commit();
            t.answer(null);
        } catch (SQLException e) {
            rollbackQuietly(c);
            if (SqlErrors.isConnectionFailure(e)) {
                throw e;
            }
            t.refuse(refusal(t, e));
        }
    }

    /**
     * The writing thread's connection, out of autocommit. It is kept while groups keep coming, which
     * spares every group two round trips to switch autocommit off and on, and goes back to the pool
     * as soon as no turn waits ({@link #release()}).
     */
    private Connection connection() throws SQLException {
        Connection c = held.get();
        if (c == null) {
            c = dataSource.getConnection();
            try {
                c.setNetworkTimeout(DIRECT, networkTimeoutMillis);
                c.setAutoCommit(false);
            } catch (SQLException e) {
                closeQuietly(c);
                throw e;
            }
            held.set(c);
        }
        return c;
    }

    /** Gives the calling thread's connection back to the pool. */
    void release() {
        Connection c = held.get();
        if (c != null) {
            held.remove();
            restoreAutoCommit(c);
            closeQuietly(c);
        }
    }

    /** Gives the connection up, and the pool's others with it: they may lead to the same dead node. */
    private void lostConnection() {
        release();
        DeadConnections.evictAll(dataSource);
    }

    private static void refuseAll(List<TurnRows> turns, RuntimeException reason) {
        turns.forEach(t -> t.refuse(reason));
    }

    private static RuntimeException refusal(TurnRows t, SQLException e) {
        if (SqlErrors.isDuplicate(e) && t.in().externalId() != null) {
            return new DuplicateDeliveryException(t.in().externalId());
        }
        if (SqlErrors.isDuplicate(e) && t.state().isNew()) {
            return new ConcurrentTurnException(t.state().id());
        }
        if (SqlErrors.isConflict(e)) {
            // another node changed the conversation first (Galera's certification): read it again, take the turn again
            return new ConcurrentTurnException(t.state().id());
        }
        return new StoreUnavailableException(e);
    }

    private static void bindInsert(PreparedStatement ps, int at, TurnRows t) throws SQLException {
        ConversationState s = t.state();
        ps.setString(at + 1, s.id());
        ps.setString(at + 2, s.partnershipId());
        ps.setString(at + 3, s.channel().name());
        ps.setString(at + 4, s.channelKey());
        ps.setString(at + 5, s.sender());
        ps.setString(at + 6, s.role().name());
        ps.setString(at + 7, FlowStateCodec.encode(s.dialogue(), s.misses()));
        ps.setString(at + 8, s.highestRoute() == null ? null : s.highestRoute().name());
        ps.setObject(at + 9, Times.toDb(s.startedAt()));
        ps.setObject(at + 10, Times.toDb(t.in().at()));
        ps.setString(at + 11, s.language().code());
        ps.setString(at + 12, MoreText.encode(s.more()));
    }

    private static void bindUpdate(PreparedStatement ps, TurnRows t) throws SQLException {
        ConversationState s = t.state();
        ps.setString(1, s.role().name());
        ps.setString(2, FlowStateCodec.encode(s.dialogue(), s.misses()));
        ps.setString(3, s.highestRoute() == null ? null : s.highestRoute().name());
        ps.setObject(4, Times.toDb(t.in().at()));
        ps.setString(5, s.language().code());
        ps.setString(6, MoreText.encode(s.more()));
        ps.setString(7, s.id());
        ps.setLong(8, s.version());
    }

    private static void bindMessage(PreparedStatement ps, int at, ConversationState s, LoggedMessage m) throws SQLException {
        ps.setString(at + 1, s.id());
        ps.setString(at + 2, m.direction().name());
        ps.setString(at + 3, s.channel().name());
        ps.setString(at + 4, s.partnershipId());
        ps.setString(at + 5, m.text());
        ps.setString(at + 6, m.route() == null ? null : m.route().name());
        ps.setString(at + 7, m.intent());
        if (m.confidence() == null) {
            ps.setNull(at + 8, Types.DOUBLE);
        } else {
            ps.setDouble(at + 8, m.confidence());
        }
        ps.setString(at + 9, m.rule());
        ps.setString(at + 10, m.modelVersion());
        ps.setString(at + 11, m.sources().isEmpty() ? null : String.join("\n", m.sources()));
        ps.setString(at + 12, m.externalId());
        ps.setObject(at + 13, Times.toDb(m.at()));
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the pool has it back or has discarded it
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }

    // the network timeout's executor only aborts a connection; the caller's thread is good enough
    private static final Executor DIRECT = Runnable::run;

    /** What one turn writes: its conversation's new state, the message in and the reply out. */
    static final class TurnRows extends Grouping.Request<Void> {
        private final ConversationState state;
        private final LoggedMessage in;
        private final LoggedMessage out;

        TurnRows(ConversationState state, LoggedMessage in, LoggedMessage out) {
            this.state = state;
            this.in = in;
            this.out = out;
        }

        ConversationState state() {
            return state;
        }

        LoggedMessage in() {
            return in;
        }

        LoggedMessage out() {
            return out;
        }
    }
}
