package org.bestvalue.action.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.action.ActionPlanStores;
import org.bestvalue.action.CouncilCalendar;
import org.bestvalue.action.actionplan.ActionStatus;
import org.bestvalue.action.catalogue.Catalogue;
import org.bestvalue.action.opportunity.OpportunityCommand;
import org.bestvalue.action.opportunity.OpportunityIds;
import org.bestvalue.action.projection.ActionPlanProjection;
import org.bestvalue.action.projection.ActionPlanQueries;
import org.bestvalue.action.projection.ActionPlanRow;
import org.bestvalue.action.projection.OpportunityRow;
import org.bestvalue.action.projection.ThemeProgress;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.http.StreamVersions;
import org.bestvalue.eventkit.security.CurrentUser;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.eventkit.store.EventStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** A cycle's opportunities and its action plan as the council reports it: Appendix A and progress per theme. */
@Path("/cycles/{cycleId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action plan", description = "Appendix A, progress per theme, overdue actions and an officer's own actions")
public class CycleResource {
    @Inject
    CurrentUser user;
    @Inject
    ActionPlanStores stores;
    @Inject
    Catalogue catalogue;
    @Inject
    ActionPlanQueries queries;
    @Inject
    ActionPlanProjection projection;
    @Inject
    CouncilCalendar calendar;

    /** Appendix A of the committee report, with "today" for the overdue flags. */
    public record ActionPlan(String cycleId, String cycleTitle, LocalDate today, List<ActionPlanRow> rows) {
    }

    public record ThemeBreakdown(String cycleId, LocalDate today, List<ThemeProgress> themes) {
    }

    @POST
    @Path("opportunities")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Raise an opportunity for improvement on a characteristic of the cycle")
    @APIResponse(responseCode = "201", description = "Raised; ETag is its version, Location its address")
    @APIResponse(responseCode = "400", description = "Missing or malformed field")
    @APIResponse(responseCode = "404", description = "Unknown cycle (field cycleId)")
    @APIResponse(responseCode = "409", description = "The characteristic already has an opportunity in this cycle")
    @APIResponse(responseCode = "422", description = "Unknown characteristic in the cycle's framework, or a cross-reference cell",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown",
                    value = "{\"type\":\"https://bestvalue.example/problems/unknown-characteristic\",\"status\":422,\"field\":\"characteristicCode\"}")))
    public Uni<Response> raise(@PathParam("cycleId") String cycleId, @NotNull @Valid Requests.RaiseOpportunity body,
                               @HeaderParam("X-Correlation-Id") String correlationId,
                               @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String council = user.councilId();
        var ctx = user.context(correlationId, idempotencyKey);
        String code = body.characteristicCode().strip();
        String id = OpportunityIds.of(council, cycleId, code);
        return catalogue.requireCycle(council, cycleId)
                .chain(cycle -> catalogue.characteristic(cycle.frameworkVersionId(), code))
                .chain(entry -> stores.opportunities().handle(ctx, id, EventStore.ANY_VERSION,
                        new OpportunityCommand.RaiseOpportunity(id, cycleId, code, entry, body.gap()), projection.inline()))
                .map(h -> Response.created(URI.create("/opportunities/" + id)).tag(StreamVersions.etag(h.version()))
                        .entity(OpportunityResponse.of(h.state(), h.version(), List.of())).build());
    }

    @GET
    @Path("opportunities")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN, Roles.AUTHOR,
            Roles.REVIEWER, Roles.MODERATOR})
    @Operation(summary = "The cycle's opportunities for improvement, in framework order")
    @APIResponse(responseCode = "200", description = "The opportunities")
    @APIResponse(responseCode = "404", description = "Unknown cycle (field cycleId)")
    public Uni<List<OpportunityRow>> list(@PathParam("cycleId") String cycleId) {
        String council = user.councilId();
        return catalogue.requireCycle(council, cycleId).chain(cycle -> queries.opportunities(council, cycleId));
    }

    @GET
    @Path("action-plan")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN, Roles.AUTHOR,
            Roles.REVIEWER, Roles.MODERATOR})
    @Operation(summary = "The cycle's action plan in the report's Appendix A shape",
            description = "One line per action (characteristic, opportunity, action, officers, timeline, status, latest "
                    + "progress); an opportunity without actions has one line with empty action fields. "
                    + "?overdue=true lists the overdue actions.")
    @APIResponse(responseCode = "200", description = "The action plan")
    @APIResponse(responseCode = "400", description = "Unknown status (field status)")
    @APIResponse(responseCode = "404", description = "Unknown cycle (field cycleId)")
    public Uni<ActionPlan> actionPlan(@PathParam("cycleId") String cycleId,
                                      @Parameter(schema = @Schema(type = SchemaType.STRING,
                                              enumeration = {"PLANNED", "IN_PROGRESS", "DONE", "DEFERRED", "CANCELLED"}))
                                      @QueryParam("status") String status,
                                      @QueryParam("overdue") Boolean overdue) {
        String council = user.councilId();
        var filter = new ActionPlanQueries.Filter(status(status), overdue);
        LocalDate today = calendar.today();
        return catalogue.requireCycle(council, cycleId)
                .chain(cycle -> queries.actionPlan(council, cycleId, filter, today)
                        .map(rows -> new ActionPlan(cycleId, cycle.title(), today, rows)));
    }

    @GET
    @Path("action-plan/themes")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN, Roles.AUTHOR,
            Roles.REVIEWER, Roles.MODERATOR})
    @Operation(summary = "Per theme: how many actions are planned, in progress, done, deferred, cancelled and overdue",
            description = "Every theme of the cycle's framework is listed, with zeros where it has no actions. "
                    + "Overdue overlaps the status counts.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "404", description = "Unknown cycle (field cycleId)")
    public Uni<ThemeBreakdown> themes(@PathParam("cycleId") String cycleId) {
        String council = user.councilId();
        LocalDate today = calendar.today();
        return catalogue.requireCycle(council, cycleId)
                .chain(cycle -> catalogue.themes(cycle.frameworkVersionId())
                        .chain(themes -> queries.themeProgress(council, cycle, themes, today)))
                .map(themes -> new ThemeBreakdown(cycleId, today, themes));
    }

    static ActionStatus status(String status) {
        if (status == null || status.isBlank()) return null;
        try {
            return ActionStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(400, "invalid-status", "status",
                    "status is one of PLANNED, IN_PROGRESS, DONE, DEFERRED, CANCELLED");
        }
    }
}
