package org.bestvalue.assessment.application;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.cycle.CarryForward;
import org.bestvalue.assessment.cycle.Cycle;
import org.bestvalue.assessment.cycle.CycleCommand;
import org.bestvalue.assessment.cycle.CycleEvent;
import org.bestvalue.assessment.framework.FrameworkVersion;
import org.bestvalue.assessment.narrative.Narrative;
import org.bestvalue.assessment.narrative.NarrativeCommand;
import org.bestvalue.assessment.narrative.NarrativeEvent;
import org.bestvalue.assessment.projection.CycleRow;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.NewEvent;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.bestvalue.eventkit.store.EventStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opens, snapshots, publishes, closes and carries forward assessment cycles (commands; lists are read through CycleRow). */
@ApplicationScoped
public class CycleService {
    @Inject
    AssessmentAggregates aggregates;
    @Inject
    EventStore eventStore;
    @Inject
    Pool pool;

    public Uni<Loaded<Cycle>> open(CommandContext ctx, UUID id, int year, String title, UUID frameworkVersionId) {
        return knownFramework(ctx.councilId(), frameworkVersionId)
                .chain(fw -> CycleRow.yearTaken(ctx.councilId(), year))
                .chain(taken -> {
                    if (taken) return Uni.createFrom().failure(new RuleViolation(409, "cycle-year-exists", "year",
                            "The council already has a cycle for " + year));
                    return aggregates.cycles.handle(ctx, id.toString(), EventStore.NO_STREAM,
                                    new CycleCommand.OpenCycle(id, year, title, frameworkVersionId, null), aggregates.projection)
                            .onFailure().transform(Unique::translate)
                            .map(h -> new Loaded<>(h.state(), h.version()));
                });
    }

    private Uni<FrameworkVersion> knownFramework(String councilId, UUID id) {
        if (id == null) return Uni.createFrom().failure(new RuleViolation(400, "framework-version-required", "frameworkVersionId",
                "frameworkVersionId is required"));
        return aggregates.frameworks.load(councilId, id.toString()).map(l -> {
            if (!l.exists()) throw new RuleViolation("unknown-framework-version", "frameworkVersionId", "The council has no framework version " + id);
            return l.state();
        });
    }

    public Uni<Loaded<Cycle>> get(String councilId, UUID id) {
        return aggregates.cycles.require(councilId, id.toString());
    }

    public Uni<Loaded<Cycle>> decide(CommandContext ctx, UUID id, long expectedVersion, CycleCommand command) {
        return aggregates.cycles.handleExisting(ctx, id.toString(), expectedVersion, command, aggregates.projection)
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    /** What a carry forward made. */
    public record CarriedForward(Cycle cycle, long version, List<CarriedNarrative> narratives, List<String> dropped,
                                 List<String> startedEmpty) {
    }

    public record CarriedNarrative(String characteristicCode, UUID narrativeId, List<String> fromCodes, int evidenceLinks) {
    }

    /**
     * Opens next year's cycle with this year's narratives and evidence links as its starting drafts, in one
     * transaction: the new cycle and every draft are stored together, or nothing is.
     */
    public Uni<CarriedForward> carryForward(CommandContext ctx, UUID fromCycleId, UUID newCycleId, int year, String title,
                                            UUID frameworkVersionId) {
        String council = ctx.councilId();
        return get(council, fromCycleId).chain(from -> {
            UUID toVersionId = frameworkVersionId != null ? frameworkVersionId : from.state().frameworkVersionId();
            if (year <= from.state().year()) return Uni.createFrom().failure(new RuleViolation("year-not-after", "year",
                    "Carry forward goes to a later year than " + from.state().year()));
            return aggregates.frameworks.load(council, from.state().frameworkVersionId().toString())
                    .chain(oldFw -> knownFramework(council, toVersionId).chain(newFw -> CycleRow.yearTaken(council, year).chain(taken -> {
                        if (taken) return Uni.createFrom().failure(new RuleViolation(409, "cycle-year-exists", "year",
                                "The council already has a cycle for " + year));
                        return sources(council, fromCycleId).chain(sources -> {
                            CarryForward.Plan plan = CarryForward.plan(oldFw.state(), newFw, sources);
                            return store(ctx, newCycleId, year, title, toVersionId, fromCycleId, plan);
                        });
                    })));
        });
    }

    // The one aggregate query of the service (a narrative with the array of its evidence links, grouped): it feeds
    // a command's decision, not a list, and Panache has no array_agg; it reads the query tables through the pool.
    private Uni<Map<String, CarryForward.Source>> sources(String council, UUID cycleId) {
        return pool.preparedQuery("SELECT n.characteristic_code, n.text, n.last_author_id, "
                        + "COALESCE(array_agg(e.evidence_id ORDER BY e.attached_at) FILTER (WHERE e.evidence_id IS NOT NULL), '{}') AS evidence "
                        + "FROM narratives n LEFT JOIN narrative_evidence e ON e.narrative_id = n.id "
                        + "WHERE n.council_id = $1 AND n.cycle_id = $2 GROUP BY n.id ORDER BY n.characteristic_code")
                .execute(Tuple.of(council, cycleId))
                .map(rs -> {
                    Map<String, CarryForward.Source> out = new LinkedHashMap<>();
                    for (Row r : rs) {
                        UUID[] ev = r.getArrayOfUUIDs("evidence");
                        out.put(r.getString("characteristic_code"), new CarryForward.Source(r.getString("characteristic_code"),
                                r.getString("text"), r.getString("last_author_id"), ev == null ? List.of() : List.of(ev)));
                    }
                    return out;
                });
    }

    private Uni<CarriedForward> store(CommandContext ctx, UUID cycleId, int year, String title, UUID versionId, UUID fromCycleId,
                                      CarryForward.Plan plan) {
        var cycleDecider = new org.bestvalue.assessment.cycle.CycleDecider();
        List<CycleEvent> opened = cycleDecider.decide(new CycleCommand.OpenCycle(cycleId, year, title, versionId, fromCycleId), Cycle.NONE);
        Cycle cycle = cycleDecider.fold(opened);
        var narrativeDecider = new org.bestvalue.assessment.narrative.NarrativeDecider();
        Map<UUID, List<NarrativeEvent>> narrativeEvents = new LinkedHashMap<>();
        List<CarriedNarrative> carried = new ArrayList<>();
        for (CarryForward.Draft d : plan.drafts()) {
            UUID narrativeId = AssessmentAggregates.narrativeId(cycleId, d.code());
            List<NarrativeEvent> events = new ArrayList<>(narrativeDecider.decide(new NarrativeCommand.DraftNarrative(narrativeId, cycleId,
                    d.code(), NarrativeCommand.CharacteristicKind.SCORED, d.text(), d.authorId(), true), Narrative.NONE));
            Narrative n = narrativeDecider.fold(events);
            for (UUID evidenceId : d.evidenceIds()) {
                List<NarrativeEvent> attached = narrativeDecider.decide(new NarrativeCommand.AttachEvidence(evidenceId, true, true), n);
                for (NarrativeEvent e : attached) n = narrativeDecider.evolve(n, e);
                events.addAll(attached);
            }
            narrativeEvents.put(narrativeId, events);
            carried.add(new CarriedNarrative(d.code(), narrativeId, d.fromCodes(), d.evidenceIds().size()));
        }
        return pool.withTransaction(tx -> {
            Uni<Void> chain = eventStore.appendInTransaction(tx, ctx, aggregates.cycles.stream(cycleId.toString()), EventStore.NO_STREAM,
                    encode(aggregates.cycles.codec(), ctx, AssessmentAggregates.CYCLE, cycleId, opened), aggregates.projection).replaceWithVoid();
            for (Map.Entry<UUID, List<NarrativeEvent>> e : narrativeEvents.entrySet()) {
                chain = chain.chain(() -> eventStore.appendInTransaction(tx, ctx, aggregates.narratives.stream(e.getKey().toString()),
                        EventStore.NO_STREAM, encode(aggregates.narratives.codec(), ctx, AssessmentAggregates.NARRATIVE, e.getKey(), e.getValue()),
                        aggregates.projection).replaceWithVoid());
            }
            return chain;
        }).onFailure().transform(Unique::translate)
                .map(ignored -> new CarriedForward(cycle, 1, carried, plan.dropped(), plan.startedEmpty()));
    }

    private static <E> List<NewEvent> encode(org.bestvalue.eventkit.EventCodec<E> codec, CommandContext ctx, String type, UUID id,
                                             List<? extends E> events) {
        List<NewEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) out.add(codec.encode(events.get(i), ctx.eventId(type, id.toString(), i)));
        return out;
    }
}
