package org.bestvalue.assessment.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.cycle.Cycle;
import org.bestvalue.assessment.framework.Characteristic;
import org.bestvalue.assessment.narrative.Narrative;
import org.bestvalue.assessment.narrative.NarrativeCommand;
import org.bestvalue.assessment.narrative.NarrativeCommand.CharacteristicKind;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.bestvalue.eventkit.store.EventStore;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Drafts and revises narratives, records contributors, moves them through review and links their evidence. */
@ApplicationScoped
public class NarrativeService {
    @Inject
    AssessmentAggregates aggregates;

    /**
     * The codes of the cycle's characteristics in a theme (for the {@code theme} filter); null when no theme is named.
     * The cycle must be the council's.
     */
    public Uni<Set<String>> codesOfTheme(String councilId, UUID cycleId, String theme) {
        return aggregates.cycles.require(councilId, cycleId.toString()).chain(cycle -> {
            if (theme == null) return Uni.createFrom().nullItem();
            return aggregates.frameworks.load(councilId, cycle.state().frameworkVersionId().toString())
                    .map(fw -> fw.state().characteristics().stream().filter(c -> c.themeCode().equalsIgnoreCase(theme))
                            .map(Characteristic::code).collect(Collectors.toCollection(LinkedHashSet::new)));
        });
    }

    public Uni<Loaded<Narrative>> draft(CommandContext ctx, UUID cycleId, String code, String text) {
        return aggregates.cycles.require(ctx.councilId(), cycleId.toString()).chain(cycle ->
                aggregates.frameworks.load(ctx.councilId(), cycle.state().frameworkVersionId().toString()).chain(fw -> {
                    CharacteristicKind kind = fw.state().characteristic(code)
                            .map(c -> c.hasCrossReference() ? CharacteristicKind.CROSS_REFERENCE : CharacteristicKind.SCORED)
                            .orElse(CharacteristicKind.UNKNOWN);
                    UUID id = AssessmentAggregates.narrativeId(cycleId, code);
                    return aggregates.narratives.handle(ctx, id.toString(), EventStore.ANY_VERSION,
                                    new NarrativeCommand.DraftNarrative(id, cycleId, code, kind, text, ctx.actor(), cycle.state().acceptsWrites()),
                                    aggregates.projection)
                            .onFailure().transform(Unique::translate)
                            .map(h -> new Loaded<>(h.state(), h.version()));
                }));
    }

    public Uni<Loaded<Narrative>> get(String councilId, UUID cycleId, String code) {
        return aggregates.cycles.require(councilId, cycleId.toString())
                .chain(c -> aggregates.narratives.load(councilId, AssessmentAggregates.narrativeId(cycleId, code).toString()))
                .map(l -> {
                    if (!l.exists()) throw new NotFound("The cycle has no narrative for " + code);
                    return l;
                });
    }

    /** Runs a command built from the cycle's state on an existing narrative, at the version the client read. */
    public Uni<Loaded<Narrative>> decide(CommandContext ctx, UUID cycleId, String code, long expectedVersion,
                                         Function<Cycle, Uni<NarrativeCommand>> command) {
        UUID id = AssessmentAggregates.narrativeId(cycleId, code);
        return aggregates.cycles.require(ctx.councilId(), cycleId.toString())
                .chain(cycle -> aggregates.narratives.require(ctx.councilId(), id.toString()).replaceWith(cycle.state()))
                .onFailure(NotFound.class).transform(e -> new NotFound(e.getMessage().startsWith("narrative")
                        ? "The cycle has no narrative for " + code : e.getMessage()))
                .chain(cycle -> command.apply(cycle))
                .chain(c -> aggregates.narratives.handle(ctx, id.toString(), expectedVersion, c, aggregates.projection))
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    public Uni<Boolean> evidenceExists(String councilId, UUID evidenceId) {
        return aggregates.evidence.load(councilId, evidenceId.toString()).map(Loaded::exists);
    }

    /** Every event of the narrative (revisions, contributors, status changes, evidence links), oldest first. */
    public Uni<List<EventEnvelope>> history(String councilId, UUID cycleId, String code) {
        return get(councilId, cycleId, code)
                .chain(l -> aggregates.events(councilId, aggregates.narratives, AssessmentAggregates.narrativeId(cycleId, code).toString()));
    }
}
