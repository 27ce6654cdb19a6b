package org.bestvalue.assessment.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.evidence.EvidenceCommand;
import org.bestvalue.assessment.evidence.EvidenceDetails;
import org.bestvalue.assessment.evidence.EvidenceItem;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.bestvalue.eventkit.store.EventStore;

import java.util.List;
import java.util.UUID;

/** The council's evidence library: adds and revises items (lists and usage are read through EvidenceItemRow and NarrativeEvidenceRow). */
@ApplicationScoped
public class EvidenceService {
    @Inject
    AssessmentAggregates aggregates;

    private static java.time.LocalDate today(CommandContext ctx) {
        return java.time.LocalDate.ofInstant(ctx.now(), java.time.ZoneId.of("Europe/London"));
    }

    public Uni<Loaded<EvidenceItem>> add(CommandContext ctx, UUID id, EvidenceDetails details) {
        return aggregates.evidence.handle(ctx, id.toString(), EventStore.NO_STREAM, new EvidenceCommand.AddEvidenceItem(id, details, today(ctx)), aggregates.projection)
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    public Uni<Loaded<EvidenceItem>> revise(CommandContext ctx, UUID id, long expectedVersion, EvidenceDetails details) {
        return aggregates.evidence.handleExisting(ctx, id.toString(), expectedVersion, new EvidenceCommand.ReviseEvidenceItem(details, today(ctx)), aggregates.projection)
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    public Uni<Loaded<EvidenceItem>> get(String councilId, UUID id) {
        return aggregates.evidence.require(councilId, id.toString());
    }

    /** Every event of the item (its addition and revisions), oldest first. */
    public Uni<List<EventEnvelope>> history(String councilId, UUID id) {
        return get(councilId, id).chain(l -> aggregates.events(councilId, aggregates.evidence, id.toString()));
    }
}
