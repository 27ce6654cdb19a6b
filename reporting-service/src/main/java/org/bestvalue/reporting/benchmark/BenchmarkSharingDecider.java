package org.bestvalue.reporting.benchmark;

import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.reporting.benchmark.BenchmarkSharingCommand.JoinBenchmark;
import org.bestvalue.reporting.benchmark.BenchmarkSharingCommand.LeaveBenchmark;
import org.bestvalue.reporting.benchmark.BenchmarkSharingEvent.BenchmarkSharingJoined;
import org.bestvalue.reporting.benchmark.BenchmarkSharingEvent.BenchmarkSharingLeft;

import java.util.List;

/** Decides a council's consent: it joins when it does not share, and leaves when it does; any number of times. */
public class BenchmarkSharingDecider extends CommandTable<BenchmarkSharingCommand, BenchmarkSharingEvent, BenchmarkSharing> {

    public BenchmarkSharingDecider() {
        super(BenchmarkSharingCommand.class, BenchmarkSharing.NOT_SHARING);
        when(BenchmarkSharingJoined.class, (state, e) -> new BenchmarkSharing(true));
        when(BenchmarkSharingLeft.class, (state, e) -> BenchmarkSharing.NOT_SHARING);
    }

    private List<BenchmarkSharingEvent> join(JoinBenchmark c, BenchmarkSharing state) {
        if (state.sharing()) throw new RuleViolation(409, "already-sharing", "sharing", "The council already shares with the sector benchmark");
        return List.of(new BenchmarkSharingJoined(c.councilId()));
    }

    private List<BenchmarkSharingEvent> leave(LeaveBenchmark c, BenchmarkSharing state) {
        if (!state.sharing()) throw new RuleViolation(409, "not-sharing", "sharing", "The council does not share with the sector benchmark");
        return List.of(new BenchmarkSharingLeft(c.councilId()));
    }
}
