package org.bestvalue.assessment.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.cycle.Cycle;
import org.bestvalue.assessment.framework.Characteristic;
import org.bestvalue.assessment.narrative.Narrative;
import org.bestvalue.assessment.narrative.NarrativeCommand;
import org.bestvalue.assessment.narrative.NarrativeCommand.CharacteristicKind;
import org.bestvalue.assessment.projection.AssessmentProjection;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.bestvalue.eventkit.store.EventStore;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Drafts and revises narratives, records contributors, moves them through review and links their evidence. */
@ApplicationScoped
public class NarrativeService {
    @Inject
    Aggregates aggregates;
    @Inject
    AssessmentProjection projection;
    @Inject
    EventStore eventStore;
    @Inject
    Pool pool;

    public record NarrativeSummary(UUID id, String characteristicCode, String status, int revision, String lastAuthorId,
                                   int contributorCount, int evidenceCount, String updatedAt, long version) {
    }

    public record RevisionView(int revision, String text, String authorId, String at) {
    }

    public Uni<List<NarrativeSummary>> list(String councilId, UUID cycleId) {
        return aggregates.cycles.require(councilId, cycleId.toString())
                .chain(c -> pool.preparedQuery("SELECT * FROM narratives WHERE council_id = $1 AND cycle_id = $2 ORDER BY characteristic_code")
                        .execute(Tuple.of(councilId, cycleId)))
                .map(rs -> {
                    List<NarrativeSummary> out = new ArrayList<>();
                    for (Row r : rs) out.add(new NarrativeSummary(r.getUUID("id"), r.getString("characteristic_code"), r.getString("status"),
                            r.getInteger("revision"), r.getString("last_author_id"), r.getInteger("contributor_count"),
                            r.getInteger("evidence_count"), r.getOffsetDateTime("updated_at").toInstant().toString(), r.getLong("stream_version")));
                    return out;
                });
    }

    public Uni<Loaded<Narrative>> draft(CommandContext ctx, UUID cycleId, String code, String text) {
        return aggregates.cycles.require(ctx.councilId(), cycleId.toString()).chain(cycle ->
                aggregates.frameworks.load(ctx.councilId(), cycle.state().frameworkVersionId().toString()).chain(fw -> {
                    CharacteristicKind kind = fw.state().characteristic(code)
                            .map(c -> c.hasCrossReference() ? CharacteristicKind.CROSS_REFERENCE : CharacteristicKind.SCORED)
                            .orElse(CharacteristicKind.UNKNOWN);
                    UUID id = Aggregates.narrativeId(cycleId, code);
                    return aggregates.narratives.handle(ctx, id.toString(), EventStore.ANY_VERSION,
                                    new NarrativeCommand.DraftNarrative(id, cycleId, code, kind, text, ctx.actor(), cycle.state().acceptsWrites()),
                                    projection)
                            .onFailure().transform(Unique::translate)
                            .map(h -> new Loaded<>(h.state(), h.version()));
                }));
    }

    public Uni<Loaded<Narrative>> get(String councilId, UUID cycleId, String code) {
        return aggregates.cycles.require(councilId, cycleId.toString())
                .chain(c -> aggregates.narratives.load(councilId, Aggregates.narrativeId(cycleId, code).toString()))
                .map(l -> {
                    if (!l.exists()) throw new NotFound("The cycle has no narrative for " + code);
                    return l;
                });
    }

    /** Runs a command built from the cycle's state on an existing narrative, at the version the client read. */
    public Uni<Loaded<Narrative>> decide(CommandContext ctx, UUID cycleId, String code, long expectedVersion,
                                         Function<Cycle, Uni<NarrativeCommand>> command) {
        UUID id = Aggregates.narrativeId(cycleId, code);
        return aggregates.cycles.require(ctx.councilId(), cycleId.toString())
                .chain(cycle -> aggregates.narratives.require(ctx.councilId(), id.toString()).replaceWith(cycle.state()))
                .onFailure(NotFound.class).transform(e -> new NotFound(e.getMessage().startsWith("narrative")
                        ? "The cycle has no narrative for " + code : e.getMessage()))
                .chain(cycle -> command.apply(cycle))
                .chain(c -> aggregates.narratives.handle(ctx, id.toString(), expectedVersion, c, projection))
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    public Uni<Boolean> evidenceExists(String councilId, UUID evidenceId) {
        return aggregates.evidence.load(councilId, evidenceId.toString()).map(Loaded::exists);
    }

    public Uni<List<RevisionView>> revisions(String councilId, UUID cycleId, String code) {
        return get(councilId, cycleId, code)
                .chain(l -> eventStore.load(councilId, aggregates.narratives.stream(Aggregates.narrativeId(cycleId, code).toString())))
                .map(events -> {
                    List<RevisionView> out = new ArrayList<>();
                    for (EventEnvelope e : events) {
                        if (e.type().equals("NarrativeDrafted") || e.type().equals("NarrativeRevised"))
                            out.add(new RevisionView(e.data().path("revision").asInt(), e.data().path("text").asText(),
                                    e.data().path("authorId").asText(), e.occurredAt().toString()));
                    }
                    return out;
                });
    }

    /** The characteristic a narrative is about, for a reader's convenience. */
    public Uni<Characteristic> characteristic(String councilId, UUID frameworkVersionId, String code) {
        return aggregates.frameworks.load(councilId, frameworkVersionId.toString())
                .map(l -> l.state().characteristic(code).orElse(null));
    }
}
