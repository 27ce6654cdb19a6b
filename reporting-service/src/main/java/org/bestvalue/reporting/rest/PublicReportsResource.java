package org.bestvalue.reporting.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.SortFields;
import org.bestvalue.reporting.application.Reports;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.rendering.HeatMapSvg;
import org.bestvalue.reporting.rest.PublicViews.PublicActionPlan;
import org.bestvalue.reporting.rest.PublicViews.PublicHeatMap;
import org.bestvalue.reporting.rest.PublicViews.PublishedCycle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static org.bestvalue.reporting.rest.Formats.JSON;
import static org.bestvalue.reporting.rest.Formats.SVG;

/**
 * The public view: once a planner publishes a cycle, its snapshot heat-map, summary and action plan are
 * readable without a token, in their public shapes ({@link PublicViews}). Nothing unpublished is: it answers
 * 404, as if it did not exist.
 */
@Path("/public/councils/{councilId}/cycles")
@Produces(JSON)
@PermitAll
@Tag(name = "Public view")
public class PublicReportsResource {
    static final SortFields SORTS = SortFields.named("year", "title", "cycleId").byDefault("-year,cycleId");

    @Inject
    Reports reports;
    @Inject
    ObjectMapper mapper;

    @GET
    @PermitAll
    @Operation(summary = "The council's published cycles, paged",
            description = "Sort by year, title, cycleId (prefix '-' for descending); default -year,cycleId.")
    public Uni<Page<PublishedCycle>> cycles(@PathParam("councilId") @Size(max = 100) String councilId,
                                            @BeanParam PageParams params) {
        return reports.publishedCycles(councilId, params.validate(SORTS)).map(p -> p.map(PublishedCycle::of));
    }

    @GET
    @Path("/{cycleId}/heat-map")
    @Produces({JSON, SVG})
    @PermitAll
    @Operation(summary = "The published snapshot heat-map",
            description = "JSON by default; SVG for Accept image/svg+xml (an <img src> asks for it).")
    @APIResponse(responseCode = "200", description = "The heat-map in the format Accept asks for", content = {
            @Content(mediaType = JSON, schema = @Schema(implementation = PublicHeatMap.class)),
            @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such published cycle (not-found)")
    public Uni<Response> heatMap(@PathParam("councilId") @Size(max = 100) String councilId,
                                 @PathParam("cycleId") @Size(max = 100) String cycleId,
                                 @Context HttpHeaders headers, @BeanParam IfNoneMatch ifNoneMatch) {
        String format = Formats.choose(headers.getHeaderString(HttpHeaders.ACCEPT), JSON, SVG);
        return reports.publishedHeatMap(councilId, cycleId).map(m -> SVG.equals(format)
                ? ifNoneMatch.text(HeatMapSvg.render(m), SVG, null)
                : ifNoneMatch.json(PublicHeatMap.of(m), mapper)).map(Formats::varying);
    }

    @GET
    @Path("/{cycleId}/summary")
    @PermitAll
    @Operation(summary = "The published snapshot's summary")
    @APIResponseSchema(value = HeatMap.Summary.class, responseDescription = "The summary")
    @APIResponse(responseCode = "404", description = "No such published cycle (not-found)")
    public Uni<Response> summary(@PathParam("councilId") @Size(max = 100) String councilId,
                                 @PathParam("cycleId") @Size(max = 100) String cycleId, @BeanParam IfNoneMatch ifNoneMatch) {
        return reports.publishedHeatMap(councilId, cycleId).map(m -> ifNoneMatch.json(m.summary(), mapper));
    }

    @GET
    @Path("/{cycleId}/action-plan")
    @PermitAll
    @Operation(summary = "The action plan as the planner last published the cycle",
            description = "Folded from the events up to the instant of the latest publication and dated that day; "
                    + "officers' progress and completion notes only where they marked them public; no reasons for deferring "
                    + "or cancelling. Publishing the cycle again brings it up to date.")
    @APIResponseSchema(value = PublicActionPlan.class, responseDescription = "The action plan")
    @APIResponse(responseCode = "404", description = "No such published cycle (not-found)")
    public Uni<Response> actionPlan(@PathParam("councilId") @Size(max = 100) String councilId,
                                    @PathParam("cycleId") @Size(max = 100) String cycleId, @BeanParam IfNoneMatch ifNoneMatch) {
        return reports.publishedActionPlan(councilId, cycleId)
                .map(p -> ifNoneMatch.json(PublicActionPlan.of(p), mapper));
    }
}
