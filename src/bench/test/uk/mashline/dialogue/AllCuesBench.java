package uk.mashline.dialogue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Every dialogue cue asked about one message, message after message, as a turn asks them: the CPU a message of the
 * cues' matching alone, the fastest of several rounds, in thread CPU time. Of the main classes it uses only
 * {@code GatedPattern.of} and {@code foundIn}, so it runs against an older build's for a before/after figure.
 * Run: {@code java -cp target/bench/test-classes:target/bench/classes:$(cat target/bench.classpath) uk.mashline.dialogue.AllCuesBench [rounds]}
 */
public final class AllCuesBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<String> texts = uk.mashline.bench.SmsTraffic.texts().stream().map(PatternFile::cueText).toList();
        List<GatedPattern> cues = CueGuardBench.cues().stream().map(GatedPattern::of).toList();
        double best = Double.MAX_VALUE;
        int found = 0;
        for (int round = 0; round < rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            int asked = 0;
            for (int pass = 0; pass < 20; pass++) {
                for (String text : texts) {
                    for (GatedPattern cue : cues) {
                        found += cue.foundIn(text) ? 1 : 0;
                    }
                    asked++;
                }
            }
            double perMessage = (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / asked;
            System.out.printf(Locale.ROOT, "round %d: %.1f us a message%n", round, perMessage);
            best = Math.min(best, perMessage);
        }
        System.out.printf(Locale.ROOT, "RESULT name=all-cues cues=%d us_per_message=%.1f found=%d%n", cues.size(), best,
                found);
    }
}
