package uk.mashline.console;

import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the interaction log for the review queue. Risk first: IMMEDIATE_RISK conversations
 * not yet REVIEWED come before everything else, then the most recent activity.
 */
@Singleton
public class ConversationQueries {

    static final String SELECT = "SELECT c.id, c.partnership_id, c.channel, c.sender, c.caller_role, c.highest_route, "
            + "c.review_status, c.review_note, c.reviewed_by, c.first_reviewed_at, c.started_at, c.last_message_at, "
            + "c.message_count, (SELECT COUNT(*) FROM conversation p WHERE p.sender = c.sender "
            + "AND p.started_at < c.started_at) AS previous_contacts FROM conversation c";
    static final String RISK_FIRST = " ORDER BY CASE WHEN c.highest_route = 'IMMEDIATE_RISK' "
            + "AND c.review_status <> 'REVIEWED' THEN 0 ELSE 1 END, c.last_message_at DESC, c.id";

    private final SqlRunner sql;

    public ConversationQueries(SqlRunner sql) {
        this.sql = sql;
    }

    public ConversationPage page(ConversationFilter filter, int page, int size) {
        ConversationFilter.Where where = filter.where(true);
        long total = sql.count("SELECT COUNT(*) FROM conversation c" + where.sql(), where.params());
        List<Object> params = new ArrayList<>(where.params());
        params.add(size);
        params.add((long) page * size);
        List<ConversationSummary> content = sql.query(SELECT + where.sql() + RISK_FIRST + " LIMIT ? OFFSET ?", params,
                ConversationQueries::row).stream().map(r -> r.summary(false)).toList();
        ConversationFilter.Where anyStatus = filter.where(false);
        long unreviewed = sql.count("SELECT COUNT(*) FROM conversation c" + anyStatus.and("c.review_status = 'NEW'"),
                anyStatus.params());
        int totalPages = (int) ((total + size - 1) / size);
        return new ConversationPage(content, total, page, size, totalPages, unreviewed);
    }

    /** Every matching conversation in queue order, at most {@code limit}, for the CSV export. */
    public List<ConversationSummary> all(ConversationFilter filter, int limit) {
        ConversationFilter.Where where = filter.where(true);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        return sql.query(SELECT + where.sql() + RISK_FIRST + " LIMIT ?", params, ConversationQueries::row)
                .stream().map(r -> r.summary(false)).toList();
    }

    Optional<ConversationRow> find(String id) {
        return sql.queryOne(SELECT + " WHERE c.id = ?", List.of(id), ConversationQueries::row);
    }

    /** Ids of earlier conversations from the same sender, newest first (at most 20). */
    List<String> previousConversationIds(ConversationRow row) {
        if (row.sender() == null) {
            return List.of();
        }
        return sql.query("SELECT id FROM conversation WHERE sender = ? AND started_at < ? ORDER BY started_at DESC LIMIT 20",
                List.of(row.sender(), row.startedAt()), rs -> rs.getString("id"));
    }

    /** The conversation's messages in the order they were logged. */
    List<MessageView> messages(String conversationId) {
        return sql.query("SELECT m.id, m.direction, m.`text`, m.route, m.intent, m.confidence, m.`rule`, m.sources, "
                + "m.model_version, m.created_at FROM message m WHERE m.conversation_id = ? ORDER BY m.id",
                List.of(conversationId), rs -> new MessageView(rs.getLong("id"), rs.getString("direction"),
                        rs.getString("text"), rs.getString("route"), rs.getString("intent"),
                        (Double) rs.getObject("confidence", Double.class), rs.getString("rule"),
                        sources(rs.getString("sources")), rs.getString("model_version"),
                        SqlRunner.instant(rs, "created_at")));
    }

    static List<String> sources(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[;\\r\\n]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static ConversationRow row(ResultSet rs) throws SQLException {
        return new ConversationRow(rs.getString("id"), rs.getString("partnership_id"), rs.getString("channel"),
                rs.getString("sender"), rs.getString("caller_role"), rs.getString("highest_route"),
                rs.getString("review_status"), rs.getString("review_note"), rs.getString("reviewed_by"),
                SqlRunner.instant(rs, "first_reviewed_at"), SqlRunner.instant(rs, "started_at"),
                SqlRunner.instant(rs, "last_message_at"), rs.getInt("message_count"), rs.getLong("previous_contacts"));
    }
}
