package org.bestvalue.action.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.action.CouncilCalendar;
import org.bestvalue.action.actionplan.ActionStatus;
import org.bestvalue.action.catalogue.Catalogue;
import org.bestvalue.action.projection.ActionPlanProjection;
import org.bestvalue.action.projection.ActionPlanQueries;
import org.bestvalue.action.projection.ActionPlanRow;
import org.bestvalue.action.projection.ThemeProgress;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.security.CurrentUser;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The action plan as the council reports it: Appendix A, per-theme progress, and an officer's own actions. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plan", description = "Appendix A, progress per theme, overdue actions and an officer's own actions")
public class ActionPlanResource {
    @Inject
    CurrentUser user;
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

    public record OfficerActions(String officerId, LocalDate today, List<ActionPlanRow> actions) {
    }

    public record Rebuilt(int streams) {
    }

    @GET
    @Path("cycles/{cycleId}/action-plan")
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
    @Path("cycles/{cycleId}/action-plan/themes")
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

    @GET
    @Path("me/actions")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN, Roles.AUTHOR,
            Roles.REVIEWER, Roles.MODERATOR})
    @Operation(summary = "The actions you are a responsible officer of, across cycles, soonest end first")
    @APIResponse(responseCode = "200", description = "Your actions")
    @APIResponse(responseCode = "400", description = "Unknown status (field status)")
    public Uni<OfficerActions> mine(@Parameter(schema = @Schema(type = SchemaType.STRING,
                                            enumeration = {"PLANNED", "IN_PROGRESS", "DONE", "DEFERRED", "CANCELLED"}))
                                    @QueryParam("status") String status,
                                    @QueryParam("overdue") Boolean overdue) {
        String council = user.councilId();
        String me = user.userId();
        LocalDate today = calendar.today();
        return queries.officerActions(council, me, new ActionPlanQueries.Filter(status(status), overdue), today)
                .map(rows -> new OfficerActions(me, today, rows));
    }

    @POST
    @Path("admin/projections/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the opportunity and action tables from the event store",
            description = "The tables are projections of the events; a rebuild gives the same rows as the live updates.")
    @APIResponse(responseCode = "200", description = "Rebuilt; the number of streams replayed")
    public Uni<Rebuilt> rebuild() {
        user.councilId();
        return projection.rebuild().map(Rebuilt::new);
    }

    private static ActionStatus status(String status) {
        if (status == null || status.isBlank()) return null;
        try {
            return ActionStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(400, "invalid-status", "status",
                    "status is one of PLANNED, IN_PROGRESS, DONE, DEFERRED, CANCELLED");
        }
    }
}
