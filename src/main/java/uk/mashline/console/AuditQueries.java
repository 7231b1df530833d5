package uk.mashline.console;

import jakarta.inject.Singleton;
import uk.mashline.persistence.AuditEventRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log for administrators, filtered by actor, action and time. */
@Singleton
public class AuditQueries {

    private final SqlRunner sql;

    public AuditQueries(SqlRunner sql) {
        this.sql = sql;
    }

    public AuditEventPage page(String actor, String action, Instant from, Instant toExclusive, int page, int size) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (actor != null) {
            conditions.add("actor = ?");
            params.add(actor);
        }
        if (action != null) {
            conditions.add("action = ?");
            params.add(action);
        }
        if (from != null) {
            conditions.add("at >= ?");
            params.add(from);
        }
        if (toExclusive != null) {
            conditions.add("at < ?");
            params.add(toExclusive);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = sql.count("SELECT COUNT(*) FROM audit_event" + where, params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<AuditEventRow> rows = sql.query("SELECT id, at, actor, action, target_type, target_id, detail FROM audit_event"
                + where + " ORDER BY id DESC LIMIT ? OFFSET ?", pageParams, rs -> new AuditEventRow(rs.getLong("id"),
                SqlRunner.instant(rs, "at"), rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), rs.getString("detail")));
        return new AuditEventPage(rows, total, page, size, (int) ((total + size - 1) / size));
    }
}
