package org.bestvalue.action.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.action.actionplan.ActionStatus;
import org.bestvalue.action.application.ActionAggregates;
import org.bestvalue.action.opportunity.OpportunityCommand;
import org.bestvalue.action.projection.ActionPlanLine;
import org.bestvalue.action.projection.ActionPlanReads;
import org.bestvalue.action.projection.CatalogueCharacteristicRow;
import org.bestvalue.action.projection.CatalogueCycleRow;
import org.bestvalue.action.projection.OpportunityRow;
import org.bestvalue.action.projection.ThemeProgress;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * A cycle's opportunities and its action plan as the council reports it: Appendix A and progress per theme.
 * Reads are open to every role.
 */
@Path("/cycles/{cycleId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVERY_ROLE)
@APIResponse(responseCode = "404", description = "No such cycle in your council (cycle-not-found)")
@Tag(name = "Action plan", description = "Appendix A, progress per theme, overdue actions and an officer's own actions")
public class CycleResource extends ActionPlanResource {
    @Inject
    ObjectMapper mapper;

    /** Appendix A of the committee report, with "today" for the overdue flags. */
    public record ActionPlan(String cycleId, String cycleTitle, LocalDate today, List<ActionPlanLine> rows) {
    }

    public record ThemeBreakdown(String cycleId, LocalDate today, List<ThemeProgress> themes) {
    }

    @POST
    @Path("opportunities")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Raise an opportunity for improvement on a characteristic of the cycle")
    @APIResponse(responseCode = "201", description = "Raised; ETag is its version, Location its address")
    @APIResponse(responseCode = "400", description = "A missing or too long field (invalid-request), or one of the wrong type (malformed-body)")
    @APIResponse(responseCode = "409", description = "The characteristic already has an opportunity in this cycle (opportunity-exists)")
    @APIResponse(responseCode = "422", description = "Unknown characteristic in the cycle's framework (unknown-characteristic), "
            + "or a cross-reference cell (cross-reference-characteristic)")
    public Uni<Response> raise(@PathParam("cycleId") String cycleId, @NotNull @Valid Requests.RaiseOpportunity body) {
        var ctx = request.command();
        String code = body.characteristicCode().strip();
        String id = ActionAggregates.opportunityId(ctx.councilId(), cycleId, code);
        // The catalogue is read in a session closed before the command takes its own connection (CONTRIBUTING.md).
        return Panache.withSession(() -> CatalogueCycleRow.require(ctx.councilId(), cycleId)
                        .chain(cycle -> CatalogueCharacteristicRow.entry(cycle.frameworkVersionId, code)))
                .chain(entry -> aggregates.raise(ctx, id,
                        new OpportunityCommand.RaiseOpportunity(id, cycleId, code, entry, body.gap())))
                .map(h -> Answers.created("/opportunities/" + id, h.version(), OpportunityResponse.of(h.state(), h.version(), List.of())));
    }

    @GET
    @WithSession
    @Path("opportunities")
    @Operation(summary = "The cycle's opportunities for improvement, one page",
            description = "Filters: theme (a theme code), status (opportunities with at least one action in that status). "
                    + "Sort by framework (the framework's order), code, theme, colour, raisedAt; prefix '-' for descending. "
                    + "Default framework,code.")
    public Uni<Page<OpportunitySummary>> list(@PathParam("cycleId") String cycleId, @BeanParam PageParams params,
                                              @Parameter(description = "A theme code, e.g. CI") @QueryParam("theme") String theme,
                                              @BeanParam StatusFilter status) {
        var page = params.validate(OpportunityRow.SORTS);
        ActionStatus wanted = status.status();
        String council = request.councilId();
        return CatalogueCycleRow.require(council, cycleId)
                .chain(cycle -> reads.opportunities(council, cycleId, blankToNull(theme), wanted, page))
                .map(p -> p.map(OpportunitySummary::of));
    }

    @GET
    @WithSession
    @Path("action-plan")
    @Operation(summary = "The cycle's action plan in the report's Appendix A shape (If-None-Match → 304)",
            description = "One line per action (characteristic, opportunity, action, officers, timeline, status, latest "
                    + "progress), in framework order; an opportunity without actions has one line with empty action fields. "
                    + "Filters: theme, status, officer (a user id among the responsible officers), overdue=true|false. "
                    + "The CSV and XLSX exports are reporting-service's (/reports/cycles/{id}/action-plan).")
    @APIResponse(responseCode = "200", description = "The action plan; its ETag is a digest of the document")
    @APIResponse(responseCode = "400", description = "Unknown status (invalid-status; field status)")
    public Uni<Response> actionPlan(@PathParam("cycleId") String cycleId, @BeanParam IfNoneMatch ifNoneMatch,
                                    @Parameter(description = "A theme code, e.g. CI") @QueryParam("theme") String theme,
                                    @BeanParam StatusFilter status,
                                    @Parameter(description = "A responsible officer's user id") @QueryParam("officer") String officer,
                                    @QueryParam("overdue") Boolean overdue) {
        var filter = new ActionPlanReads.Filter(status.status(), blankToNull(officer), overdue);
        LocalDate today = calendar.today();
        return CatalogueCycleRow.require(request.councilId(), cycleId)
                .chain(cycle -> reads.actionPlan(cycle, blankToNull(theme), filter, today)
                        .map(rows -> new ActionPlan(cycleId, cycle.title, today, rows)))
                .map(plan -> ifNoneMatch.json(plan, mapper));
    }

    @GET
    @WithSession
    @Path("action-plan/themes")
    @Operation(summary = "Per theme: how many actions are planned, in progress, done, deferred, cancelled and overdue",
            description = "Every theme of the cycle's framework is listed, with zeros where it has no actions. "
                    + "Overdue overlaps the status counts.")
    @APIResponse(responseCode = "200", description = "The counts; the ETag is a digest of the document")
    public Uni<Response> themes(@PathParam("cycleId") String cycleId, @BeanParam IfNoneMatch ifNoneMatch) {
        LocalDate today = calendar.today();
        return CatalogueCycleRow.require(request.councilId(), cycleId)
                .chain(cycle -> reads.themeProgress(cycle, today))
                .map(themes -> ifNoneMatch.json(new ThemeBreakdown(cycleId, today, themes), mapper));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
