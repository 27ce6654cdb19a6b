package org.bestvalue.action.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.action.CouncilCalendar;
import org.bestvalue.action.projection.ActionPlanQueries;
import org.bestvalue.action.projection.ActionPlanRow;
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

/** The caller's own actions: those naming them as a responsible officer. */
@Path("/me/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plan")
public class MyActionsResource {
    @Inject
    CurrentUser user;
    @Inject
    ActionPlanQueries queries;
    @Inject
    CouncilCalendar calendar;

    public record OfficerActions(String officerId, LocalDate today, List<ActionPlanRow> actions) {
    }

    @GET
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
        return queries.officerActions(council, me, new ActionPlanQueries.Filter(CycleResource.status(status), overdue), today)
                .map(rows -> new OfficerActions(me, today, rows));
    }

}
