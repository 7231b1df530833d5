package uk.mashline.bench;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The database's own rate for the writes of one SMS turn, the ceiling for the service: in one
 * transaction, insert a conversation and its two messages (in and out), commit; the same SQL as
 * persistence.GroupCommitTurnWriter, one turn per transaction, on its own connection per thread,
 * nothing else. Run it on the server the service used, with the same durability, in a fresh
 * database migrated by the service's Flyway files.
 * <pre>
 *   RawInsertBench --jdbc=jdbc:mysql://127.0.0.1:3306/mash_bench_raw_1 --user=root --password=
 *                  --threads=16 --warmup=3 --seconds=15 --reply-chars=600
 * </pre>
 */
public final class RawInsertBench {

    private static final String CONVERSATION = "INSERT INTO conversation (id, partnership_id, channel, channel_key, "
            + "sender, caller_role, flow_state, highest_route, started_at, last_message_at, "
            + "message_count, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, 0)";
    private static final String MESSAGE = "INSERT INTO message (conversation_id, direction, channel, partnership_id, "
            + "text, route, intent, confidence, rule, model_version, sources, external_id, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RawInsertBench() {
    }

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> opts = new java.util.HashMap<>();
        for (String arg : args) {
            opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String jdbc = opts.get("jdbc");
        String user = opts.getOrDefault("user", "root");
        String password = opts.getOrDefault("password", "");
        int threads = Integer.parseInt(opts.getOrDefault("threads", "16"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "3"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "15"));
        String reply = "x".repeat(Integer.parseInt(opts.getOrDefault("reply-chars", "600")));
        Flyway.configure().dataSource(jdbc, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin, "
                     + "@@version")) {
            rs.next();
            System.out.printf("durability: innodb_flush_log_at_trx_commit=%s sync_binlog=%s log_bin=%s (%s)%n",
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            System.out.printf("RESULT name=durability flush_log_at_trx_commit=%s sync_binlog=%s log_bin=%s%n",
                    rs.getString(1), rs.getString(2), rs.getString(3));
        }
        long measuredFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measuredFrom + seconds * 1_000_000_000L;
        List<Writer> writers = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Writer w = new Writer(DriverManager.getConnection(jdbc, user, password), t, reply, measuredFrom, end);
            writers.add(w);
            Thread thread = new Thread(w, "insert-" + t);
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        long turns = writers.stream().mapToLong(w -> w.turns).sum();
        long errors = writers.stream().mapToLong(w -> w.errors).sum();
        long[] latencies = writers.stream().flatMapToLong(w -> java.util.Arrays.stream(w.latencies, 0, w.turnsOk))
                .toArray();
        System.out.println(new LoadResult("raw-insert-t" + threads, turns, errors, 0, seconds, latencies).report());
    }

    /** One connection writing turns back to back, as one of the service's pooled connections would. */
    private static final class Writer implements Runnable {
        private final Connection connection;
        private final int id;
        private final String reply;
        private final long measuredFrom;
        private final long end;
        private long turns;
        private long errors;
        private long[] latencies = new long[4096];
        private int turnsOk;

        Writer(Connection connection, int id, String reply, long measuredFrom, long end) {
            this.connection = connection;
            this.id = id;
            this.reply = reply;
            this.measuredFrom = measuredFrom;
            this.end = end;
        }

        @Override
        public void run() {
            try (connection) {
                connection.setAutoCommit(false);
                for (long n = 0; System.nanoTime() < end; n++) {
                    long start = System.nanoTime();
                    boolean ok = turn(n);
                    long now = System.nanoTime();
                    if (now >= measuredFrom && now < end) {
                        record(ok, now - start);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void record(boolean ok, long latency) {
            turns++;
            if (!ok) {
                errors++;
                return;
            }
            if (turnsOk == latencies.length) {
                latencies = java.util.Arrays.copyOf(latencies, turnsOk * 2);
            }
            latencies[turnsOk++] = latency;
        }

        private boolean turn(long n) throws SQLException {
            String conversation = UUID.randomUUID().toString();
            String sender = String.format("+4478%02d%07d", id, n);
            String sid = String.format("SMraw%02d%027d", id, n);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try {
                try (PreparedStatement ps = connection.prepareStatement(CONVERSATION)) {
                    ps.setString(1, conversation);
                    ps.setString(2, "west-sussex");
                    ps.setString(3, "SMS");
                    ps.setString(4, "sms:" + SmsTraffic.WEST_SUSSEX + ":" + sender);
                    ps.setString(5, sender);
                    ps.setString(6, "UNKNOWN");
                    ps.setString(7, "step=NONE;misses=0");
                    ps.setString(8, "REPORT_CONCERN");
                    ps.setObject(9, now);
                    ps.setObject(10, now);
                    ps.executeUpdate();
                }
                String text = SmsTraffic.TEXTS.get((int) (n % SmsTraffic.TEXTS.size()));
                message(conversation, "IN", text, null, sid, now);
                message(conversation, "OUT", reply, "west-sussex.yml#mash", sid, now);
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                return false;
            }
        }

        private void message(String conversation, String direction, String text, String sources, String sid,
                             LocalDateTime at) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(MESSAGE)) {
                ps.setString(1, conversation);
                ps.setString(2, direction);
                ps.setString(3, "SMS");
                ps.setString(4, "west-sussex");
                ps.setString(5, text);
                ps.setString(6, "REPORT_CONCERN");
                ps.setString(7, "report-concern");
                ps.setDouble(8, 0.87);
                ps.setString(9, null);
                ps.setString(10, "0123456789abcdef");
                ps.setString(11, sources);
                ps.setString(12, sid);
                ps.setObject(13, at);
                ps.executeUpdate();
            }
        }
    }
}
