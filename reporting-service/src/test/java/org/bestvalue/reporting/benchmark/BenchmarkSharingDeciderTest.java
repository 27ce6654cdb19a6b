package org.bestvalue.reporting.benchmark;

import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.reporting.benchmark.BenchmarkSharingCommand.JoinBenchmark;
import org.bestvalue.reporting.benchmark.BenchmarkSharingCommand.LeaveBenchmark;
import org.bestvalue.reporting.benchmark.BenchmarkSharingEvent.BenchmarkSharingJoined;
import org.bestvalue.reporting.benchmark.BenchmarkSharingEvent.BenchmarkSharingLeft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Given the consent's past events, when the admin joins or leaves, then the new events or the refusal. */
class BenchmarkSharingDeciderTest {
    static final String COUNCIL = "demo-borough";
    private final BenchmarkSharingDecider decider = new BenchmarkSharingDecider();

    private List<BenchmarkSharingEvent> when(List<BenchmarkSharingEvent> given, BenchmarkSharingCommand command) {
        return decider.decide(command, decider.fold(given));
    }

    @Test
    void aCouncilThatNeverDecidedDoesNotShareAndMayJoin() {
        assertThat(decider.initialState().sharing()).isFalse();
        assertThat(when(List.of(), new JoinBenchmark(COUNCIL))).containsExactly(new BenchmarkSharingJoined(COUNCIL));
    }

    @Test
    void aSharingCouncilMayLeaveAndJoinAgain() {
        List<BenchmarkSharingEvent> joined = List.of(new BenchmarkSharingJoined(COUNCIL));
        assertThat(when(joined, new LeaveBenchmark(COUNCIL))).containsExactly(new BenchmarkSharingLeft(COUNCIL));
        assertThat(when(List.of(new BenchmarkSharingJoined(COUNCIL), new BenchmarkSharingLeft(COUNCIL)), new JoinBenchmark(COUNCIL)))
                .containsExactly(new BenchmarkSharingJoined(COUNCIL));
        assertThat(decider.fold(List.of(new BenchmarkSharingJoined(COUNCIL), new BenchmarkSharingLeft(COUNCIL))).sharing()).isFalse();
    }

    @Test
    void joiningTwiceOrLeavingWithoutSharingIsAConflict() {
        RuleViolation twice = catchThrowableOfType(RuleViolation.class,
                () -> when(List.of(new BenchmarkSharingJoined(COUNCIL)), new JoinBenchmark(COUNCIL)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("already-sharing");
        RuleViolation notSharing = catchThrowableOfType(RuleViolation.class, () -> when(List.of(), new LeaveBenchmark(COUNCIL)));
        assertThat(notSharing.status()).isEqualTo(409);
        assertThat(notSharing.code()).isEqualTo("not-sharing");
    }
}
