package org.bestvalue.reporting.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.people.PeopleDirectory;
import org.bestvalue.eventkit.people.Person;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.reporting.benchmark.BenchmarkSharingCommand;
import org.bestvalue.reporting.benchmark.SectorBenchmark;
import org.bestvalue.reporting.benchmark.SharedFinalColours;

import java.time.Instant;
import java.util.List;

/**
 * The sector benchmark's use cases: a council's consent (join, leave, read it) and the benchmark itself — for a
 * council that shares, with where it stands; for the public, over published cycles only.
 */
@ApplicationScoped
public class Benchmarks {
    @Inject
    ReportingAggregates aggregates;
    @Inject
    EventStore store;
    @Inject
    SharedFinalColours shared;
    @Inject
    PeopleDirectory people;

    /**
     * A council's consent as it stands: sharing or not, who decided it and when (null when never decided), and the
     * stream version to name in If-Match ("0" before the first decision).
     */
    public record Consent(boolean sharing, Instant decidedAt, String decidedBy, Person decidedByPerson, long version,
                          int minimumCouncils, String explanation) {
    }

    public Uni<Consent> consent(String councilId) {
        return store.load(councilId, aggregates.benchmarkSharing.stream(councilId)).chain(events -> {
            if (events.isEmpty()) return Uni.createFrom().item(consent(false, null, 0));
            EventEnvelope last = events.get(events.size() - 1);
            boolean sharing = aggregates.benchmarkSharing.codec().decode(last)
                    instanceof org.bestvalue.reporting.benchmark.BenchmarkSharingEvent.BenchmarkSharingJoined;
            return people.person(last.actor()).map(p -> consent(sharing, last, last.streamVersion(), p));
        });
    }

    private static Consent consent(boolean sharing, EventEnvelope last, long version) {
        return consent(sharing, last, version, null);
    }

    private static Consent consent(boolean sharing, EventEnvelope last, long version, Person who) {
        String explanation = sharing
                ? "Your council shares its final colours. Other councils that share see them only as counts per colour, "
                + "never with your council's name, and only where at least " + SectorBenchmark.MINIMUM_COUNCILS
                + " councils have a final colour. Residents see the counts of published cycles."
                : "Your council does not share. Joining counts your final colours, anonymously, in the sector benchmark "
                + "and lets you see the other sharing councils' counts and where you stand. You can leave at any time.";
        return new Consent(sharing, last == null ? null : last.occurredAt(), last == null ? null : last.actor(), who, version,
                SectorBenchmark.MINIMUM_COUNCILS, explanation);
    }

    public Uni<Consent> join(CommandContext ctx, long expectedVersion) {
        return aggregates.benchmarkSharing.handle(ctx, ctx.councilId(), expectedVersion,
                new BenchmarkSharingCommand.JoinBenchmark(ctx.councilId())).chain(h -> consent(ctx.councilId()));
    }

    public Uni<Consent> leave(CommandContext ctx, long expectedVersion) {
        return aggregates.benchmarkSharing.handle(ctx, ctx.councilId(), expectedVersion,
                new BenchmarkSharingCommand.LeaveBenchmark(ctx.councilId())).chain(h -> consent(ctx.councilId()));
    }

    /** The consent's events, oldest first: who joined or left, and when. */
    public Uni<List<EventEnvelope>> history(String councilId) {
        return store.load(councilId, aggregates.benchmarkSharing.stream(councilId));
    }

    /** The benchmark for a council that shares (403 benchmark-not-shared otherwise), with where it stands. */
    public Uni<SectorBenchmark.Benchmark> forCouncil(String councilId, String frameworkVersionId) {
        return shared.forCouncil(councilId, frameworkVersionId).map(s -> SectorBenchmark.of(s.catalogue(), s.others(), s.yours()));
    }

    /** The public benchmark: published cycles of sharing councils, no standing. */
    public Uni<SectorBenchmark.Benchmark> published(String label) {
        return shared.published(label).map(s -> SectorBenchmark.of(s.catalogue(), s.others(), null));
    }
}
