package uk.mashline.nlu.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.Slots;
import uk.mashline.nlu.slots.RuleSlotExtractor;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** Messages per second through the rule slot extractor alone, on one thread (scripts/bench-nlu). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlotExtractorBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private final SlotExtractor extractor = RuleSlotExtractor.standard();
    private int next;

    @Benchmark
    public Slots extract() {
        String message = Messages.ALL[next];
        next = next + 1 == Messages.ALL.length ? 0 : next + 1;
        return extractor.extract(message, TODAY);
    }
}
