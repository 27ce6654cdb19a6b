package org.bestvalue.reporting.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.security.CurrentUser;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.agreement.InterRaterAgreement;
import org.bestvalue.reporting.audit.AuditTrail;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.rendering.CommitteePackPdf;
import org.bestvalue.reporting.rendering.Csv;
import org.bestvalue.reporting.rendering.HeatMapSvg;
import org.bestvalue.reporting.rendering.Workbooks;
import org.bestvalue.reporting.service.Reports;
import org.bestvalue.reporting.yearonyear.YearOnYear;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The council's reports on its assessment cycles. Everything is scoped to the caller's council. */
@Path("/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class CycleReportsResource {
    static final String AS_OF_DOC = "An instant (2024-06-10T12:00:00Z) or a date (2024-06-10, meaning the end of that day"
            + " in England). Omitted: the latest scores.";

    @Inject
    Reports reports;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The council's assessment cycles, with their snapshot and publication instants")
    public Uni<List<Cycle>> cycles() {
        return reports.cycles(user.councilId());
    }

    @GET
    @Path("/{cycleId}/heat-map")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The heat-map: theme × characteristic grid with colour and status, summary and theme breakdown")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", examples = @ExampleObject(
            name = "summary", value = "{\"cycleId\":\"…\",\"year\":2024,\"summary\":{\"greenSentence\":\"55 of 73 (75%) green\","
            + "\"totals\":{\"characteristics\":73,\"counts\":{\"DARK_GREEN\":13,\"LIGHT_GREEN\":42,\"YELLOW\":15,\"AMBER\":1,"
            + "\"RED\":0,\"GREY\":2}}}}")))
    public Uni<HeatMap> heatMap(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                @Parameter(description = AS_OF_DOC) @QueryParam("asOf") String asOf) {
        return reports.heatMap(user.councilId(), cycleId, AsOf.parse(asOf));
    }

    @GET
    @Path("/{cycleId}/summary")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The heat-map's summary only: counts and percentages per colour, green share, thematic concerns")
    public Uni<HeatMap.Summary> summary(@PathParam("cycleId") String cycleId, @QueryParam("asOf") String asOf) {
        return reports.heatMap(user.councilId(), cycleId, AsOf.parse(asOf)).map(HeatMap::summary);
    }

    @GET
    @Path("/{cycleId}/heat-map.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The heat-map as SVG; every cell is labelled with its code and colour name")
    public Uni<String> heatMapSvg(@PathParam("cycleId") String cycleId, @QueryParam("asOf") String asOf) {
        return reports.heatMap(user.councilId(), cycleId, AsOf.parse(asOf)).map(HeatMapSvg::render);
    }

    @GET
    @Path("/{cycleId}/heat-map.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The heat-map as CSV, one line per characteristic")
    public Uni<Response> heatMapCsv(@PathParam("cycleId") String cycleId, @QueryParam("asOf") String asOf) {
        return reports.heatMap(user.councilId(), cycleId, AsOf.parse(asOf))
                .map(m -> download(Csv.heatMap(m), "text/csv; charset=UTF-8", "heat-map-" + m.year() + ".csv"));
    }

    @GET
    @Path("/{cycleId}/heat-map.xlsx")
    @Produces(Workbooks.MEDIA_TYPE)
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The heat-map, its summary and the action plan as an Excel workbook")
    public Uni<Response> heatMapXlsx(@PathParam("cycleId") String cycleId, @QueryParam("asOf") String asOf) {
        String council = user.councilId();
        return reports.heatMap(council, cycleId, AsOf.parse(asOf))
                .chain(m -> reports.actionPlan(council, cycleId)
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(p -> download(Workbooks.heatMap(m, p), Workbooks.MEDIA_TYPE, "heat-map-" + m.year() + ".xlsx")));
    }

    @GET
    @Path("/{cycleId}/year-on-year")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "This cycle against an earlier one per characteristic, through the framework mapping")
    public Uni<YearOnYear> yearOnYear(@PathParam("cycleId") String cycleId,
                                      @Parameter(description = "The cycle to compare with; by default the one carried"
                                              + " forward from, else the latest earlier year")
                                      @QueryParam("previous") String previous) {
        return reports.yearOnYear(user.councilId(), cycleId, previous);
    }

    @GET
    @Path("/{cycleId}/action-plan")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The action plan (Appendix A shape) with status counts and overdue actions")
    public Uni<ActionPlan> actionPlan(@PathParam("cycleId") String cycleId) {
        return reports.actionPlan(user.councilId(), cycleId);
    }

    @GET
    @Path("/{cycleId}/action-plan.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The action plan as CSV")
    public Uni<Response> actionPlanCsv(@PathParam("cycleId") String cycleId) {
        return reports.actionPlan(user.councilId(), cycleId)
                .map(p -> download(Csv.actionPlan(p), "text/csv; charset=UTF-8", "action-plan-" + p.year() + ".csv"));
    }

    @GET
    @Path("/{cycleId}/action-plan.xlsx")
    @Produces(Workbooks.MEDIA_TYPE)
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The action plan as an Excel workbook")
    public Uni<Response> actionPlanXlsx(@PathParam("cycleId") String cycleId) {
        return reports.actionPlan(user.councilId(), cycleId).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(p -> download(Workbooks.actionPlan(p), Workbooks.MEDIA_TYPE, "action-plan-" + p.year() + ".xlsx"));
    }

    @GET
    @Path("/{cycleId}/agreement")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Inter-rater agreement of every scoring round: reviewer against moderator")
    public Uni<List<InterRaterAgreement>> agreement(@PathParam("cycleId") String cycleId) {
        return reports.agreement(user.councilId(), cycleId);
    }

    @GET
    @Path("/{cycleId}/rounds/{roundId}/agreement")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Inter-rater agreement of one round: exact agreement and linearly weighted Cohen's kappa (grey excluded)")
    public Uni<InterRaterAgreement> roundAgreement(@PathParam("cycleId") String cycleId, @PathParam("roundId") String roundId) {
        return reports.agreement(user.councilId(), cycleId, roundId);
    }

    @GET
    @Path("/{cycleId}/characteristics/{code}/audit-trail")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every change to a characteristic's score in the cycle: who, when, old → new, why, in order")
    public Uni<AuditTrail> auditTrail(@PathParam("cycleId") String cycleId,
                                      @PathParam("code") @Pattern(regexp = "[A-Za-z0-9_-]{1,20}") String code) {
        return reports.auditTrail(user.councilId(), cycleId, code);
    }

    @GET
    @Path("/{cycleId}/committee-pack.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The committee pack: heat-map (the snapshot, when one was taken), summary, year on year, action plan")
    public Uni<Response> committeePack(@PathParam("cycleId") String cycleId, @QueryParam("asOf") String asOf) {
        return reports.committeePack(user.councilId(), cycleId, AsOf.parse(asOf))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(p -> download(CommitteePackPdf.render(p), "application/pdf",
                        "committee-pack-" + p.cycle().year() + ".pdf"));
    }

    static Response download(Object body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
