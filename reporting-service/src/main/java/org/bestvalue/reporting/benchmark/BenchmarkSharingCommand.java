package org.bestvalue.reporting.benchmark;

/** What a council's admin asks of its consent to the sector benchmark. */
public sealed interface BenchmarkSharingCommand {

    record JoinBenchmark(String councilId) implements BenchmarkSharingCommand {
    }

    record LeaveBenchmark(String councilId) implements BenchmarkSharingCommand {
    }
}
