package uk.mashline.testsupport;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Seeds the interaction log with plain JDBC, as the conversation engine would write it,
 * for console tests on H2 and MariaDB. Times are whole seconds, stored as UTC wall-clock time
 * (the database's one convention, persistence.UtcDateTime), whatever the JVM's zone.
 */
public final class ConsoleTestData {

    private final DataSource dataSource;

    public ConsoleTestData(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A conversation; returns its id. */
    public String conversation(String partnership, String channel, String sender, String highestRoute,
                               String reviewStatus, Instant startedAt, Instant lastMessageAt, int messageCount) {
        String id = UUID.randomUUID().toString();
        execute("INSERT INTO conversation (id, partnership_id, channel, sender, highest_route, review_status, "
                        + "started_at, last_message_at, message_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, partnership, channel, sender, highestRoute, reviewStatus, ts(startedAt), ts(lastMessageAt), messageCount);
        return id;
    }

    public void message(String conversationId, String direction, String text, String route, String intent,
                        Double confidence, String rule, String sources, Instant at) {
        execute("INSERT INTO message (conversation_id, direction, channel, partnership_id, `text`, route, intent, "
                        + "confidence, `rule`, model_version, sources, created_at) "
                        + "SELECT id, ?, channel, partnership_id, ?, ?, ?, ?, ?, 'test-model-1', ?, ? FROM conversation WHERE id = ?",
                direction, text, route, intent, confidence, rule, sources, ts(at), conversationId);
    }

    public long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String string(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static LocalDateTime ts(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            ps.setObject(i + 1, p instanceof Instant instant ? ts(instant) : p);
        }
    }
}
