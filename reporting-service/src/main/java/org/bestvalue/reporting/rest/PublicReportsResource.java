package org.bestvalue.reporting.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.rendering.HeatMapSvg;
import org.bestvalue.reporting.service.Reports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The public view: once a planner publishes a cycle, its snapshot heat-map, summary and action plan are
 * readable without a token. Nothing unpublished is: it answers 404, as if it did not exist.
 */
@Path("/public/councils/{councilId}/cycles")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public view")
public class PublicReportsResource {
    @Inject
    Reports reports;

    /** A published cycle as the public sees it. */
    public record PublishedCycle(String cycleId, int year, String title, Instant asOf, Instant publishedAt) {
    }

    @GET
    @PermitAll
    @Operation(summary = "The council's published cycles")
    public Uni<List<PublishedCycle>> cycles(@PathParam("councilId") String councilId) {
        return reports.publishedCycles(councilId).map(all -> all.stream()
                .map(c -> new PublishedCycle(c.cycleId(), c.year(), c.title(), c.publishedAsOf(), c.publishedAt())).toList());
    }

    @GET
    @Path("/{cycleId}/heat-map")
    @PermitAll
    @Operation(summary = "The published snapshot heat-map")
    public Uni<HeatMap> heatMap(@PathParam("councilId") String councilId, @PathParam("cycleId") String cycleId) {
        return reports.publishedHeatMap(councilId, cycleId).map(PublicReportsResource::anonymous);
    }

    @GET
    @Path("/{cycleId}/heat-map.svg")
    @Produces("image/svg+xml")
    @PermitAll
    @Operation(summary = "The published snapshot heat-map as SVG")
    public Uni<String> heatMapSvg(@PathParam("councilId") String councilId, @PathParam("cycleId") String cycleId) {
        return reports.publishedHeatMap(councilId, cycleId).map(HeatMapSvg::render);
    }

    @GET
    @Path("/{cycleId}/summary")
    @PermitAll
    @Operation(summary = "The published snapshot's summary")
    public Uni<HeatMap.Summary> summary(@PathParam("councilId") String councilId, @PathParam("cycleId") String cycleId) {
        return reports.publishedHeatMap(councilId, cycleId).map(HeatMap::summary);
    }

    @GET
    @Path("/{cycleId}/action-plan")
    @PermitAll
    @Operation(summary = "The published cycle's action plan and its progress")
    public Uni<ActionPlan> actionPlan(@PathParam("councilId") String councilId, @PathParam("cycleId") String cycleId) {
        return reports.publishedActionPlan(councilId, cycleId).map(PublicReportsResource::anonymous);
    }

    /** The public sees who is responsible by service area; user ids stay inside the council. */
    static HeatMap anonymous(HeatMap m) {
        return new HeatMap(m.cycleId(), m.year(), m.cycleTitle(), m.frameworkVersionId(), m.frameworkLabel(), m.asOf(),
                m.themes().stream().map(t -> new HeatMap.ThemeRow(t.code(), t.title(), t.cells().stream()
                        .map(c -> new HeatMap.Cell(c.code(), c.title(), c.colour(), c.colourName(), c.status(),
                                c.crossReferenceTo(), c.label(), c.lastChangedAt(), null)).toList(),
                        t.breakdown(), t.thematicConcern())).toList(), m.summary());
    }

    static ActionPlan anonymous(ActionPlan p) {
        java.util.function.Function<ActionPlan.Action, ActionPlan.Action> strip = a -> new ActionPlan.Action(a.actionId(),
                a.opportunityId(), a.characteristicCode(), a.description(), List.of(), a.serviceArea(), a.indicativeTimeline(),
                a.start(), a.end(), a.status(), a.percent(), a.rag(), a.latestProgress(), a.latestProgressOn(), a.completedOn(),
                a.completionNote(), a.deferredUntil(), a.statusReason(), List.of(), a.dueBy(), a.overdue());
        return new ActionPlan(p.cycleId(), p.year(), p.today(), p.opportunities().stream()
                .map(o -> new ActionPlan.Opportunity(o.opportunityId(), o.characteristicCode(), o.characteristicTitle(),
                        o.themeCode(), o.gap(), o.origin(), o.colour(), o.actions().stream().map(strip).toList())).toList(),
                p.statusCounts(), p.actions(), p.overdue(), p.overdueActions().stream().map(strip).toList());
    }
}
