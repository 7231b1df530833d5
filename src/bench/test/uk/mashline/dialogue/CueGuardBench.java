package uk.mashline.dialogue;

import uk.mashline.nlu.FirstCharGuards;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@link FirstCharGuards} saves on the dialogue's cues: each guarded cue and the same cue unguarded, run in turn
 * over the load benchmark's texts (as the detectors read them), the fastest of seven rounds of each, in thread CPU time.
 * Interleaved cue by cue, so a busy machine slows both alike. Prints the costliest cues and the sums.
 * Run: {@code java -cp target/bench/test-classes:target/bench/classes:$(cat target/bench.classpath) uk.mashline.dialogue.CueGuardBench}
 */
public final class CueGuardBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<String> texts = uk.mashline.bench.SmsTraffic.texts().stream().map(t -> t.toLowerCase(Locale.UK)).toList();
        List<String> rows = new ArrayList<>();
        long plainSum = 0;
        long guardedSum = 0;
        int guardedCues = 0;
        for (Pattern cue : cues()) {
            if (FirstCharGuards.guarded(cue) == cue) {
                continue;
            }
            guardedCues++;
            GatedPattern plain = GatedPattern.of(cue, false);
            GatedPattern guarded = GatedPattern.of(cue, true);
            long plainBest = Long.MAX_VALUE;
            long guardedBest = Long.MAX_VALUE;
            for (int round = 0; round < 7; round++) {
                plainBest = Math.min(plainBest, cpu(plain, texts));
                guardedBest = Math.min(guardedBest, cpu(guarded, texts));
            }
            plainSum += plainBest;
            guardedSum += guardedBest;
            rows.add(String.format("%8d %8d  %s", plainBest / 1000, guardedBest / 1000,
                    cue.pattern().substring(0, Math.min(100, cue.pattern().length()))));
        }
        rows.sort(Comparator.comparingInt((String r) -> Integer.parseInt(r.substring(0, 8).strip())).reversed());
        System.out.println("unguarded_us guarded_us cue (50 passes over " + texts.size() + " texts)");
        rows.stream().limit(15).forEach(System.out::println);
        System.out.printf("RESULT name=cue-guards cues=%d unguarded_us=%d guarded_us=%d ratio=%.2f%n", guardedCues,
                plainSum / 1000, guardedSum / 1000, (double) guardedSum / plainSum);
    }

    // 50 passes over the texts, in this thread's CPU nanoseconds
    private static long cpu(GatedPattern cue, List<String> texts) {
        long start = THREADS.getCurrentThreadCpuTime();
        int found = 0;
        for (int pass = 0; pass < 50; pass++) {
            for (String text : texts) {
                found += cue.foundIn(text) ? 1 : 0;
            }
        }
        long spent = THREADS.getCurrentThreadCpuTime() - start;
        return found < 0 ? 0 : spent;
    }

    // every regex of the dialogue's cue files, as GatedPatternTest reads them (AllCuesBench asks them too)
    static List<Pattern> cues() throws Exception {
        List<Pattern> cues = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/resources/dialogue"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.strip().startsWith("#")) {
                        continue;
                    }
                    try {
                        cues.add(Pattern.compile(line.substring(line.lastIndexOf('\t') + 1).strip()));
                    } catch (java.util.regex.PatternSyntaxException template) {
                        // filled in later (stage-taken-to.txt)
                    }
                }
            }
        }
        return cues;
    }
}
