package uk.mashline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database holds for each text of a {@link ClusterStream}: how many times the message and
 * its reply are stored, and how (a turn replayed from an instance's journal carries the rule
 * {@code database-unavailable}). Read from any node that answers.
 */
final class StoredTexts {

    /** The rows of one text. */
    record Stored(int in, int out, String rule, String conversationId) {
        boolean once() {
            return in == 1 && out == 1;
        }
    }

    private static final Stored NONE = new Stored(0, 0, null, null);

    private final Map<String, Stored> bySid;
    private final double secondsToAllStored;

    private StoredTexts(Map<String, Stored> bySid, double secondsToAllStored) {
        this.bySid = bySid;
        this.secondsToAllStored = secondsToAllStored;
    }

    Stored of(String sid) {
        return bySid.getOrDefault(sid, NONE);
    }

    /** Seconds from the end of the stream until every text was stored once; negative if that never happened. */
    double secondsToAllStored() {
        return secondsToAllStored;
    }

    /** Reads until every text is stored once, or {@code max} has passed. */
    static StoredTexts waitFor(String jdbc, String user, String password, List<ClusterStream.Text> plan, Duration max)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        Map<String, Stored> last = Map.of();
        while (true) {
            try {
                last = read(jdbc, user, password, plan);
                Map<String, Stored> read = last;
                if (plan.stream().allMatch(t -> read.getOrDefault(t.sid, NONE).once())) {
                    return new StoredTexts(last, (System.nanoTime() - start) / 1e9);
                }
            } catch (SQLException e) {
                System.out.println("stored texts: no node answered (" + e.getClass().getSimpleName() + "), reading again");
            }
            if (System.nanoTime() > deadline) {
                return new StoredTexts(last, -1);
            }
            Thread.sleep(1000);
        }
    }

    private static Map<String, Stored> read(String jdbc, String user, String password, List<ClusterStream.Text> plan)
            throws SQLException {
        String sql = "SELECT external_id, direction, COUNT(*), MAX(rule), MAX(conversation_id) FROM message "
                + "WHERE channel = 'SMS' AND external_id IN (" + String.join(",", Collections.nCopies(plan.size(), "?"))
                + ") GROUP BY external_id, direction";
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String[]> details = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < plan.size(); i++) {
                ps.setString(i + 1, plan.get(i).sid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int[] inOut = counts.computeIfAbsent(rs.getString(1), k -> new int[2]);
                    boolean in = "IN".equals(rs.getString(2));
                    inOut[in ? 0 : 1] = rs.getInt(3);
                    if (in) {
                        details.put(rs.getString(1), new String[] {rs.getString(4), rs.getString(5)});
                    }
                }
            }
        }
        Map<String, Stored> stored = new HashMap<>();
        counts.forEach((sid, c) -> {
            String[] d = details.getOrDefault(sid, new String[2]);
            stored.put(sid, new Stored(c[0], c[1], d[0], d[1]));
        });
        return stored;
    }
}
