package org.bestvalue.reporting.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.http.SortFields;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.agreement.CycleAgreement;
import org.bestvalue.reporting.agreement.InterRaterAgreement;
import org.bestvalue.reporting.application.HeatMapDocuments;
import org.bestvalue.reporting.application.Reports;
import org.bestvalue.reporting.audit.ScoreChange;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.rendering.CommitteePackPdf;
import org.bestvalue.reporting.rendering.Csv;
import org.bestvalue.reporting.rendering.HeatMapSvg;
import org.bestvalue.reporting.rendering.Workbooks;
import org.bestvalue.reporting.yearonyear.YearOnYear;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static org.bestvalue.reporting.rest.Formats.CSV;
import static org.bestvalue.reporting.rest.Formats.CSV_UTF8;
import static org.bestvalue.reporting.rest.Formats.JSON;
import static org.bestvalue.reporting.rest.Formats.PDF;
import static org.bestvalue.reporting.rest.Formats.SVG;
import static org.bestvalue.reporting.rest.Formats.XLSX;

/**
 * The council's reports on its assessment cycles, scoped to the caller's council (another council's cycle
 * answers 404). Every document carries an ETag of its bytes; a document with several formats answers the
 * one {@code Accept} asks for on the same path.
 */
@Path("/reports/cycles")
@Produces(JSON)
@Tag(name = "Reports")
@RolesAllowed(Roles.EVERY_ROLE)
public class ReportsResource {
    static final String AS_OF_DOC = "An instant (2024-06-10T12:00:00Z) or a date (2024-06-10, meaning the end of that day"
            + " in England). Omitted: the latest scores.";
    static final SortFields CYCLE_SORTS = SortFields.named("year", "title", "openedAt", "cycleId").byDefault("-year,cycleId");
    static final SortFields HISTORY_SORTS = SortFields.named("at").byDefault("-at");

    @Inject
    Reports reports;
    @Inject
    RequestContext ctx;
    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(summary = "The council's assessment cycles with their snapshot and publication instants, paged",
            description = "Sort by year, title, openedAt, cycleId (prefix '-' for descending); default -year,cycleId.")
    public Uni<Page<Cycle>> cycles(@BeanParam PageParams params) {
        return reports.cycles(ctx.councilId(), params.validate(CYCLE_SORTS));
    }

    @GET
    @Path("/{cycleId}/heat-map")
    @Produces({JSON, SVG, CSV, XLSX})
    @Operation(summary = "The heat-map: theme × characteristic grid with colour and status, summary and theme breakdown",
            description = "JSON by default; Accept image/svg+xml for the SVG (every cell labelled with its code and colour"
                    + " name), text/csv for one line per characteristic, the spreadsheet type for a workbook with the"
                    + " heat-map, its summary and the action plan. If-None-Match with the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The heat-map in the format Accept asks for", content = {
            @Content(mediaType = JSON, schema = @Schema(implementation = HeatMap.class)),
            @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "asOf is not an instant or date (invalid-as-of)")
    public Uni<Response> heatMap(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                 @Parameter(description = AS_OF_DOC) @QueryParam("asOf") String asOf,
                                 @Context HttpHeaders headers, @BeanParam IfNoneMatch ifNoneMatch) {
        String format = Formats.choose(headers.getHeaderString(HttpHeaders.ACCEPT), JSON, SVG, CSV, XLSX);
        String council = ctx.councilId();
        Instant at = AsOf.parse(asOf);
        if (at == null && JSON.equals(format)) {
            // The heat-map now: its kept document, JSON and ETag ready (HeatMapDocuments).
            return reports.heatMapDocument(council, cycleId)
                    .map(d -> Formats.varying(ifNoneMatch.kept(d.json(), d.etag(), JSON, null)));
        }
        Uni<HeatMap> map = reports.heatMap(council, cycleId, at);
        Uni<Response> answer = switch (format) {
            case SVG -> map.map(m -> ifNoneMatch.text(HeatMapSvg.render(m), SVG, null));
            case CSV -> map.map(m -> ifNoneMatch.text(Csv.heatMap(m), CSV_UTF8, "heat-map-" + m.year() + ".csv"));
            case XLSX -> map.chain(m -> reports.actionPlan(council, cycleId).emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(p -> ifNoneMatch.bytes(Workbooks.heatMap(m, p), XLSX, "heat-map-" + m.year() + ".xlsx")));
            default -> map.map(m -> ifNoneMatch.json(m, mapper));
        };
        return answer.map(Formats::varying);
    }

    @GET
    @Path("/{cycleId}/summary")
    @Operation(summary = "The heat-map's summary: counts and percentages per colour, green sentence, thematic concerns")
    @APIResponseSchema(value = HeatMap.Summary.class, responseDescription = "The summary")
    @APIResponse(responseCode = "400", description = "asOf is not an instant or date (invalid-as-of)")
    public Uni<Response> summary(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                 @Parameter(description = AS_OF_DOC) @QueryParam("asOf") String asOf,
                                 @BeanParam IfNoneMatch ifNoneMatch) {
        return reports.heatMap(ctx.councilId(), cycleId, AsOf.parse(asOf))
                .map(m -> ifNoneMatch.json(m.summary(), mapper));
    }

    @GET
    @Path("/{cycleId}/year-on-year")
    @Operation(summary = "This cycle against an earlier one per characteristic, through the framework mapping",
            description = "Improved, declined, unchanged, new, removed; a move to or from grey is not comparable.")
    @APIResponseSchema(value = YearOnYear.class, responseDescription = "The comparison")
    @APIResponse(responseCode = "404", description = "No such cycle, or no earlier cycle to compare with (not-found)")
    public Uni<Response> yearOnYear(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                    @Parameter(description = "The cycle to compare with; by default the one carried"
                                            + " forward from, else the latest earlier year")
                                    @QueryParam("previous") @Size(max = 100) String previous,
                                    @BeanParam IfNoneMatch ifNoneMatch) {
        return reports.yearOnYear(ctx.councilId(), cycleId, previous).map(y -> ifNoneMatch.json(y, mapper));
    }

    @GET
    @Path("/{cycleId}/action-plan")
    @Produces({JSON, CSV, XLSX})
    @Operation(summary = "Action-plan progress (Appendix A shape) with status counts and overdue actions",
            description = "JSON by default; Accept text/csv or the spreadsheet type for an export of every action.")
    @APIResponse(responseCode = "200", description = "The action plan in the format Accept asks for", content = {
            @Content(mediaType = JSON, schema = @Schema(implementation = ActionPlan.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Uni<Response> actionPlan(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                    @Context HttpHeaders headers, @BeanParam IfNoneMatch ifNoneMatch) {
        String format = Formats.choose(headers.getHeaderString(HttpHeaders.ACCEPT), JSON, CSV, XLSX);
        Uni<ActionPlan> plan = reports.actionPlan(ctx.councilId(), cycleId);
        Uni<Response> answer = switch (format) {
            case CSV -> plan.map(p -> ifNoneMatch.text(Csv.actionPlan(p), CSV_UTF8, "action-plan-" + p.year() + ".csv"));
            case XLSX -> plan.emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(p -> ifNoneMatch.bytes(Workbooks.actionPlan(p), XLSX, "action-plan-" + p.year() + ".xlsx"));
            default -> plan.map(p -> ifNoneMatch.json(p, mapper));
        };
        return answer.map(Formats::varying);
    }

    @GET
    @Path("/{cycleId}/agreement")
    @RolesAllowed({Roles.PLANNER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Inter-rater agreement of every scoring round of the cycle: reviewer against moderator")
    @APIResponseSchema(value = CycleAgreement.class, responseDescription = "One entry per round")
    public Uni<Response> agreement(@PathParam("cycleId") @Size(max = 100) String cycleId, @BeanParam IfNoneMatch ifNoneMatch) {
        return reports.agreement(ctx.councilId(), cycleId).map(a -> ifNoneMatch.json(a, mapper));
    }

    @GET
    @Path("/{cycleId}/rounds/{roundId}/agreement")
    @RolesAllowed({Roles.PLANNER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Inter-rater agreement of one round: exact agreement and linearly weighted Cohen's kappa (grey excluded)")
    @APIResponseSchema(value = InterRaterAgreement.class, responseDescription = "The round's agreement")
    public Uni<Response> roundAgreement(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                        @PathParam("roundId") @Size(max = 100) String roundId, @BeanParam IfNoneMatch ifNoneMatch) {
        return reports.agreement(ctx.councilId(), cycleId, roundId).map(a -> ifNoneMatch.json(a, mapper));
    }

    @GET
    @Path("/{cycleId}/characteristics/{code}/history")
    @Operation(summary = "Every change to a characteristic's score in the cycle: who, when, old → new, why; newest first, paged",
            description = "Sort by at ('-at', newest first, is the default; 'at' oldest first). seq numbers the changes"
                    + " in the order they happened.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", description = "page, size or sort out of range (invalid-parameter), or a malformed code (invalid-request)")
    @APIResponse(responseCode = "404", description = "No such cycle in your council, or no such characteristic in it (not-found)")
    public Uni<Page<ScoreChange>> history(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                          @PathParam("code") @Pattern(regexp = "[A-Za-z0-9_-]{1,20}") String code,
                                          @BeanParam PageParams params) {
        return reports.history(ctx.councilId(), cycleId, code, params.validate(HISTORY_SORTS));
    }

    @GET
    @Path("/{cycleId}/committee-pack")
    @Produces(PDF)
    @RolesAllowed({Roles.PLANNER, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN})
    @org.bestvalue.reporting.audit.AuditedExport("committee-pack")
    @Operation(summary = "The committee pack: heat-map (the snapshot, when one was taken), summary, year on year, action plan")
    @APIResponse(responseCode = "200", description = "The pack as a PDF file",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "asOf is not an instant or date (invalid-as-of)")
    public Uni<Response> committeePack(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                       @Parameter(description = AS_OF_DOC + " Omitted: the latest snapshot, else the latest scores.")
                                       @QueryParam("asOf") String asOf, @BeanParam IfNoneMatch ifNoneMatch) {
        return reports.committeePack(ctx.councilId(), cycleId, AsOf.parse(asOf))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(p -> ifNoneMatch.bytes(CommitteePackPdf.render(p), PDF,
                        "committee-pack-" + p.cycle().year() + ".pdf"));
    }
}
