package uk.mashline.nlu.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

/**
 * A JMH profiler ({@code -prof uk.mashline.nlu.bench.CpuTimeProfiler}, which scripts/bench-nlu adds) that
 * reports each benchmark's operations per second of the benchmark JVM's own CPU time (all its threads:
 * the benchmark thread, garbage collection, the compiler), beside JMH's wall-clock throughput. On this
 * machine, shared by several builds, wall-clock throughput measures the share of a core the benchmark
 * was given as much as the code; the CPU time it was given is far steadier. On an idle core the two agree.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "operations per CPU-second of the benchmark JVM";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                      IterationResult result) {
        double cpuSeconds = (processCpuNanos() - cpuAtStart) / 1e9;
        long ops = result.getMetadata().getAllOps();
        return cpuSeconds <= 0 ? List.of()
                : List.of(new ScalarResult("ops-per-cpu-second", ops / cpuSeconds, "ops/cpu-s", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
