package uk.mashline.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import uk.mashline.dialogue.CallerRole;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.ConversationState;
import uk.mashline.dialogue.ConversationStore;
import uk.mashline.dialogue.LoggedMessage;
import uk.mashline.dialogue.StoreUnavailableException;
import uk.mashline.dialogue.Route;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.mashline.language.Language;

/**
 * Conversations and the interaction log in MySQL/MariaDB or the embedded H2, with plain JDBC;
 * turns are written in group commits ({@link GroupCommitTurnWriter}) and senders' conversations looked
 * up in groups.
 */
@Singleton
public class JdbcConversationStore implements ConversationStore, AutoCloseable {

    private static final String COLUMNS = "id, partnership_id, channel, channel_key, sender, caller_role, flow_state, "
            + "highest_route, started_at, version, language, more_text";

    private final DataSource dataSource;
    private final SchemaMigration schema;
    private final Duration networkTimeout;
    private final int networkTimeoutMillis;
    private final GroupCommitTurnWriter writer;
    private final Grouping<OpenLookup, Optional<ConversationState>> openLookups;
    // the look-up's SQL for 1, 2, 4... senders: a group pads its list to the next of these, so the
    // driver's statement cache keeps them all and no SQL is built per message
    private final List<String> openLookupSql;

    public JdbcConversationStore(DataSource dataSource, SchemaMigration schema, StoreSettings settings) {
        int maxGroup = settings.maxGroup();
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.schema = schema;
        this.networkTimeout = settings.networkTimeout();
        this.networkTimeoutMillis = (int) networkTimeout.toMillis();
        this.writer = new GroupCommitTurnWriter(this.dataSource, settings.writers(), maxGroup, networkTimeout);
        List<String> sql = new ArrayList<>();
        for (int length = 1; length < 2 * maxGroup; length *= 2) {
            sql.add("SELECT " + COLUMNS + ", last_message_at FROM conversation WHERE channel_key IN ("
                    + String.join(", ", Collections.nCopies(length, "?")) + ") AND last_message_at >= ?");
        }
        this.openLookupSql = List.copyOf(sql);
        this.openLookups = new Grouping<>("conversation-reader", 1, maxGroup, this::findOpenTogether, () -> { });
    }

    @Override
    public Optional<ConversationState> find(String conversationId) {
        schema.awaitReady(networkTimeout);
        return queryOne("SELECT " + COLUMNS + " FROM conversation WHERE id = ?", ps -> ps.setString(1, conversationId));
    }

    /** Every text and call looks up its sender's conversation: the look-ups waiting at once go as one query. */
    @Override
    public Optional<ConversationState> findOpen(String channelKey, Instant since) {
        schema.awaitReady(networkTimeout);
        return openLookups.submit(new OpenLookup(channelKey, since));
    }

    private void findOpenTogether(List<OpenLookup> group) {
        List<String> keys = new ArrayList<>(group.stream().map(l -> l.channelKey).distinct().toList());
        Instant earliest = group.stream().map(l -> l.since).min(Instant::compareTo).orElseThrow();
        int power = 32 - Integer.numberOfLeadingZeros(keys.size() - 1); // the smallest 2^power >= keys.size()
        int length = 1 << power;
        while (keys.size() < length) {
            keys.add(keys.get(0));
        }
        String sql = openLookupSql.get(power);
        Map<String, List<Row>> found;
        try {
            found = onFreshConnectionIfLost(() -> findOpen(sql, keys, earliest));
        } catch (SQLException e) {
            StoreUnavailableException unavailable = new StoreUnavailableException(e);
            group.forEach(l -> l.refuse(unavailable));
            return;
        }
        for (OpenLookup l : group) {
            l.answer(found.getOrDefault(l.channelKey, List.of()).stream()
                    .filter(r -> !r.lastMessageAt().isBefore(l.since))
                    .max(Comparator.comparing(Row::lastMessageAt))
                    .map(Row::state));
        }
    }

    private Map<String, List<Row>> findOpen(String sql, List<String> keys, Instant earliest) throws SQLException {
        Map<String, List<Row>> found = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setNetworkTimeout(Runnable::run, networkTimeoutMillis);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < keys.size(); i++) {
                    ps.setString(i + 1, keys.get(i));
                }
                ps.setObject(keys.size() + 1, Times.toDb(earliest));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Row row = new Row(read(rs), Times.fromDb(rs.getObject("last_message_at", LocalDateTime.class)));
                        found.computeIfAbsent(row.state().channelKey(), k -> new ArrayList<>()).add(row);
                    }
                }
            }
        }
        return found;
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    /**
     * A read that met a dead connection (its node died, or left the cluster) is asked once more on a
     * fresh one, which the multi-host driver opens on a surviving node.
     */
    private <T> T onFreshConnectionIfLost(Query<T> query) throws SQLException {
        try {
            return query.run();
        } catch (SQLException e) {
            // a pool that timed out waiting for a connection has already waited long enough
            if (!SqlErrors.isConnectionFailure(e) || e instanceof SQLTransientConnectionException) {
                throw e;
            }
            DeadConnections.evictAll(dataSource);
            return query.run();
        }
    }

    private static final class OpenLookup extends Grouping.Request<Optional<ConversationState>> {
        private final String channelKey;
        private final Instant since;

        OpenLookup(String channelKey, Instant since) {
            this.channelKey = channelKey;
            this.since = since;
        }
    }

    private record Row(ConversationState state, Instant lastMessageAt) {
    }

    @Override
    public Optional<String> replyTo(Channel channel, String externalId) {
        schema.awaitReady(networkTimeout);
        try {
            return onFreshConnectionIfLost(() -> {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement ps = c.prepareStatement(
                             "SELECT text FROM message WHERE channel = ? AND external_id = ? AND direction = 'OUT'")) {
                    ps.setString(1, channel.name());
                    ps.setString(2, externalId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException(e);
        }
    }

    @Override
    public void recordTurn(ConversationState state, LoggedMessage in, LoggedMessage out) {
        schema.awaitReady(networkTimeout);
        writer.write(state, in, out);
    }

    @PreDestroy
    @Override
    public void close() {
        openLookups.close();
        writer.close();
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<ConversationState> queryOne(String sql, Binder binder) {
        try {
            return onFreshConnectionIfLost(() -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                    binder.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.<ConversationState>empty();
                    }
                }
            });
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
                role == null ? CallerRole.UNKNOWN : CallerRole.valueOf(role), flow.dialogue(), flow.misses(),
                highest == null ? null : Route.valueOf(highest),
                Times.fromDb(rs.getObject("started_at", LocalDateTime.class)), rs.getLong("version"),
                language(rs.getString("language")), MoreText.decode(rs.getString("more_text")));
    }

    // a row from before the column, or a code this version cannot read, is English: nothing is lost by it
    private static Language language(String code) {
        try {
            return code == null ? Language.ENGLISH : Language.of(code);
        } catch (IllegalArgumentException e) {
            return Language.ENGLISH;
        }
    }
}
