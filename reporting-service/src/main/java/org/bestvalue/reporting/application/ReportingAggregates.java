package org.bestvalue.reporting.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.bestvalue.eventkit.EventCodec;
import org.bestvalue.eventkit.store.AggregateStore;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.reporting.benchmark.BenchmarkSharing;
import org.bestvalue.reporting.benchmark.BenchmarkSharingCommand;
import org.bestvalue.reporting.benchmark.BenchmarkSharingDecider;
import org.bestvalue.reporting.benchmark.BenchmarkSharingEvent;

/**
 * The reporting service's own aggregates on its event store (everything else it holds is a projection of the other
 * services' topics): a council's consent to the sector benchmark, one stream per council whose id is the council's.
 */
@Singleton
public class ReportingAggregates {
    public static final String BENCHMARK_SHARING = "benchmark-sharing";

    public final AggregateStore<BenchmarkSharingCommand, BenchmarkSharingEvent, BenchmarkSharing> benchmarkSharing;

    @Inject
    public ReportingAggregates(EventStore store, ObjectMapper mapper) {
        benchmarkSharing = new AggregateStore<>(store, new BenchmarkSharingDecider(),
                new EventCodec<>(BenchmarkSharingEvent.class, mapper), BENCHMARK_SHARING);
    }
}
