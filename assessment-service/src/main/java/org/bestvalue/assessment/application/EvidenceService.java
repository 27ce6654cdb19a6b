package org.bestvalue.assessment.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.evidence.EvidenceCommand;
import org.bestvalue.assessment.evidence.EvidenceDetails;
import org.bestvalue.assessment.evidence.EvidenceItem;
import org.bestvalue.assessment.evidence.EvidenceKind;
import org.bestvalue.assessment.projection.AssessmentProjection;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.bestvalue.eventkit.store.EventStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The council's evidence library: items, their revisions, and where each is used. */
@ApplicationScoped
public class EvidenceService {
    @Inject
    Aggregates aggregates;
    @Inject
    AssessmentProjection projection;
    @Inject
    EventStore eventStore;
    @Inject
    Pool pool;

    public record EvidenceSummary(UUID id, String title, EvidenceKind kind, String reference, String uri, String owner, LocalDate date,
                                  String description, String contentHash, int revision, String updatedAt, long version) {
    }

    public record Usage(UUID narrativeId, UUID cycleId, String characteristicCode, String attachedAt) {
    }

    public record EvidenceRevision(int revision, EvidenceDetails details, String actor, String at) {
    }

    public Uni<Loaded<EvidenceItem>> add(CommandContext ctx, UUID id, EvidenceDetails details) {
        return aggregates.evidence.handle(ctx, id.toString(), EventStore.NO_STREAM, new EvidenceCommand.AddEvidenceItem(id, details), projection)
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    public Uni<Loaded<EvidenceItem>> revise(CommandContext ctx, UUID id, long expectedVersion, EvidenceDetails details) {
        return aggregates.evidence.require(ctx.councilId(), id.toString())
                .chain(l -> aggregates.evidence.handle(ctx, id.toString(), expectedVersion, new EvidenceCommand.ReviseEvidenceItem(details), projection))
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    public Uni<Loaded<EvidenceItem>> get(String councilId, UUID id) {
        return aggregates.evidence.require(councilId, id.toString());
    }

    public Uni<List<EvidenceSummary>> list(String councilId, List<UUID> only) {
        String sql = "SELECT * FROM evidence_items WHERE council_id = $1" + (only == null ? "" : " AND id = ANY($2)") + " ORDER BY title, id";
        Tuple params = only == null ? Tuple.of(councilId) : Tuple.of(councilId, only.toArray(UUID[]::new));
        return pool.preparedQuery(sql).execute(params).map(rs -> {
            List<EvidenceSummary> out = new ArrayList<>();
            for (Row r : rs) out.add(new EvidenceSummary(r.getUUID("id"), r.getString("title"), EvidenceKind.valueOf(r.getString("kind")),
                    r.getString("reference"), r.getString("uri"), r.getString("owner"), r.getLocalDate("evidence_date"),
                    r.getString("description"), r.getString("content_hash"), r.getInteger("revision"),
                    r.getOffsetDateTime("updated_at").toInstant().toString(), r.getLong("stream_version")));
            return out;
        });
    }

    public Uni<List<Usage>> usage(String councilId, UUID id) {
        return get(councilId, id)
                .chain(l -> pool.preparedQuery("SELECT * FROM narrative_evidence WHERE council_id = $1 AND evidence_id = $2 "
                        + "ORDER BY attached_at").execute(Tuple.of(councilId, id)))
                .map(rs -> {
                    List<Usage> out = new ArrayList<>();
                    for (Row r : rs) out.add(new Usage(r.getUUID("narrative_id"), r.getUUID("cycle_id"), r.getString("characteristic_code"),
                            r.getOffsetDateTime("attached_at").toInstant().toString()));
                    return out;
                });
    }

    public Uni<List<EvidenceRevision>> revisions(String councilId, UUID id) {
        return get(councilId, id)
                .chain(l -> eventStore.load(councilId, aggregates.evidence.stream(id.toString())))
                .map(events -> {
                    List<EvidenceRevision> out = new ArrayList<>();
                    EvidenceItem state = EvidenceItem.NONE;
                    var decider = new org.bestvalue.assessment.evidence.EvidenceDecider();
                    for (EventEnvelope e : events) {
                        state = decider.evolve(state, aggregates.evidence.codec().decode(e));
                        out.add(new EvidenceRevision(state.revision(), state.details(), e.actor(), e.occurredAt().toString()));
                    }
                    return out;
                });
    }
}
