package uk.mashline.bench;

import com.sun.management.OperatingSystemMXBean;
import io.micronaut.context.ApplicationContext;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.HandleInboundMessage;
import uk.mashline.dialogue.InboundMessage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU one SMS turn costs inside the service, without HTTP and without a load generator: the
 * application context on an in-memory H2, the use case every channel calls, the benchmark's texts
 * (scripts/bench-load's, each from a new sender, so each a new conversation), one at a time. CPU
 * time of the process and of each kind of thread per turn, the best of several rounds after a
 * warm-up: steadier than any wall-clock rate on a machine shared with other builds. Uses only the
 * use case's public API, so the same class runs against an older build for a before/after figure.
 * <pre>
 *   java -cp target/bench/test-classes:target/bench/classes:$(cat target/bench.classpath) \
 *       uk.mashline.bench.TurnCpuBench [rounds] [turns per round]
 * </pre>
 */
public final class TurnCpuBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private TurnCpuBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        Map<String, Object> settings = new HashMap<>();
        settings.put("micronaut.server.port", -1);
        settings.put("datasources.default.url", "jdbc:h2:mem:turn-cpu;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1");
        settings.put("mash.database.startup-wait", "2m");
        settings.put("mash.journal.dir", System.getProperty("java.io.tmpdir") + "/turn-cpu-journal");
        try (ApplicationContext context = ApplicationContext.run(settings)) {
            HandleInboundMessage handler = context.getBean(HandleInboundMessage.class);
            long n = 0;
            // the intent model trains on a thread of its own at start-up; the warm-up waits it out
            for (int i = 0; i < 3 * turns; i++) {
                handler.handle(message(n++));
            }
            double best = Double.MAX_VALUE;
            for (int round = 0; round < rounds; round++) {
                Map<String, Long> before = threadCpu();
                long process = PROCESS.getProcessCpuTime();
                long own = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < turns; i++) {
                    handler.handle(message(n++));
                }
                double perTurn = (PROCESS.getProcessCpuTime() - process) / 1000.0 / turns;
                double ownPerTurn = (THREADS.getCurrentThreadCpuTime() - own) / 1000.0 / turns;
                Map<String, Long> after = threadCpu();
                StringBuilder kinds = new StringBuilder();
                after.forEach((kind, cpu) -> {
                    long used = cpu - before.getOrDefault(kind, 0L);
                    if (used * 100 >= (PROCESS.getProcessCpuTime() - process)) {
                        kinds.append(String.format(" %s=%.0f", kind, used / 1000.0 / turns));
                    }
                });
                System.out.printf("round %d: process %.0f us/turn, calling thread %.0f us/turn;%s%n",
                        round, perTurn, ownPerTurn, kinds);
                best = Math.min(best, perTurn);
            }
            System.out.printf("RESULT name=turn-cpu process_us_per_turn=%.0f%n", best);
        }
    }

    private static InboundMessage message(long n) {
        String from = String.format("+4477%09d", n);
        String to = SmsTraffic.WEST_SUSSEX;
        return new InboundMessage(Channel.SMS, "west-sussex", null, "sms:" + to + ":" + from, from,
                SmsTraffic.TEXTS.get((int) (n % SmsTraffic.TEXTS.size())), String.format("SMcpu%032x", n), Instant.now());
    }

    // CPU time per kind of thread (pool threads without their numbers), in nanoseconds
    private static Map<String, Long> threadCpu() {
        Map<String, Long> cpu = new TreeMap<>();
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long used = THREADS.getThreadCpuTime(info.getThreadId());
            if (used > 0) {
                cpu.merge(info.getThreadName().replaceAll("[-#]?\\d+$", "").replaceAll("[-#]?\\d+$", ""), used, Long::sum);
            }
        }
        return cpu;
    }
}
