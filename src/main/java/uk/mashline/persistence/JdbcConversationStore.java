package uk.mashline.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import uk.mashline.dialogue.CallerRole;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.ConcurrentTurnException;
import uk.mashline.dialogue.ConversationState;
import uk.mashline.dialogue.ConversationStore;
import uk.mashline.dialogue.DuplicateDeliveryException;
import uk.mashline.dialogue.LoggedMessage;
import uk.mashline.dialogue.StoreUnavailableException;
import uk.mashline.nlu.Route;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Conversations and the interaction log in MySQL/MariaDB or the embedded H2, with plain JDBC transactions. */
@Singleton
public class JdbcConversationStore implements ConversationStore {

    private static final String COLUMNS = "id, partnership_id, channel, channel_key, sender, caller_role, flow_state, "
            + "highest_route, started_at, version";

    private final DataSource dataSource;

    public JdbcConversationStore(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public Optional<ConversationState> find(String conversationId) {
        return queryOne("SELECT " + COLUMNS + " FROM conversation WHERE id = ?", ps -> ps.setString(1, conversationId));
    }

    @Override
    public Optional<ConversationState> findOpen(String channelKey, Instant since) {
        return queryOne("SELECT " + COLUMNS + " FROM conversation WHERE channel_key = ? AND last_message_at >= ? "
                + "ORDER BY last_message_at DESC LIMIT 1", ps -> {
                    ps.setString(1, channelKey);
                    ps.setObject(2, Times.toDb(since));
                });
    }

    @Override
    public Optional<String> replyTo(Channel channel, String externalId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT text FROM message WHERE channel = ? AND external_id = ? AND direction = 'OUT'")) {
            ps.setString(1, channel.name());
            ps.setString(2, externalId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException(e);
        }
    }

    @Override
    public void recordTurn(ConversationState state, LoggedMessage in, LoggedMessage out) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (state.isNew()) {
                    insertConversation(c, state, in.at());
                } else if (!updateConversation(c, state, in.at())) {
                    c.rollback();
                    throw new ConcurrentTurnException(state.id());
                }
                insertMessage(c, state, in);
                insertMessage(c, state, out);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (isDuplicate(e) && in.externalId() != null) {
                    throw new DuplicateDeliveryException(in.externalId());
                }
                if (isDuplicate(e) && state.isNew()) {
                    throw new ConcurrentTurnException(state.id());
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException(e);
        }
    }

    private void insertConversation(Connection c, ConversationState s, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversation (id, partnership_id, channel, "
                + "channel_key, sender, caller_role, flow_state, highest_route, review_status, started_at, "
                + "last_message_at, message_count, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, 2, 0)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.partnershipId());
            ps.setString(3, s.channel().name());
            ps.setString(4, s.channelKey());
            ps.setString(5, s.sender());
            ps.setString(6, s.role().name());
            ps.setString(7, FlowStateCodec.encode(s.step(), s.escalation(), s.misses()));
            ps.setString(8, s.highestRoute() == null ? null : s.highestRoute().name());
            ps.setObject(9, Times.toDb(s.startedAt()));
            ps.setObject(10, Times.toDb(at));
            ps.executeUpdate();
        }
    }

    // A new message after review puts the conversation back in the queue; follow-ups stay flagged.
    private boolean updateConversation(Connection c, ConversationState s, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE conversation SET caller_role = ?, flow_state = ?, "
                + "highest_route = ?, last_message_at = ?, message_count = message_count + 2, version = version + 1, "
                + "review_status = CASE WHEN review_status = 'REVIEWED' THEN 'NEW' ELSE review_status END "
                + "WHERE id = ? AND version = ?")) {
            ps.setString(1, s.role().name());
            ps.setString(2, FlowStateCodec.encode(s.step(), s.escalation(), s.misses()));
            ps.setString(3, s.highestRoute() == null ? null : s.highestRoute().name());
            ps.setObject(4, Times.toDb(at));
            ps.setString(5, s.id());
            ps.setLong(6, s.version());
            return ps.executeUpdate() == 1;
        }
    }

    private void insertMessage(Connection c, ConversationState s, LoggedMessage m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO message (conversation_id, direction, channel, "
                + "partnership_id, text, route, intent, confidence, rule, model_version, sources, external_id, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, m.direction().name());
            ps.setString(3, s.channel().name());
            ps.setString(4, s.partnershipId());
            ps.setString(5, m.text());
            ps.setString(6, m.route() == null ? null : m.route().name());
            ps.setString(7, m.intent());
            if (m.confidence() == null) {
                ps.setNull(8, Types.DOUBLE);
            } else {
                ps.setDouble(8, m.confidence());
            }
            ps.setString(9, m.rule());
            ps.setString(10, m.modelVersion());
            ps.setString(11, m.sources().isEmpty() ? null : String.join("\n", m.sources()));
            ps.setString(12, m.externalId());
            ps.setObject(13, Times.toDb(m.at()));
            ps.executeUpdate();
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<ConversationState> queryOne(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException(e);
        }
    }

    private static ConversationState read(ResultSet rs) throws SQLException {
        FlowStateCodec.Flow flow = FlowStateCodec.decode(rs.getString("flow_state"));
        String role = rs.getString("caller_role");
        String highest = rs.getString("highest_route");
        return new ConversationState(rs.getString("id"), rs.getString("partnership_id"),
                Channel.valueOf(rs.getString("channel")), rs.getString("channel_key"), rs.getString("sender"),
                role == null ? CallerRole.UNKNOWN : CallerRole.valueOf(role), flow.step(), flow.escalation(),
                flow.misses(), highest == null ? null : Route.valueOf(highest),
                Times.fromDb(rs.getObject("started_at", java.time.LocalDateTime.class)), rs.getLong("version"));
    }

    private static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
