package org.bestvalue.action.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.action.projection.ActionPlanLine;
import org.bestvalue.action.projection.ActionPlanReads;
import org.bestvalue.action.projection.ActionPlanRow;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own actions: those naming them as a responsible officer. */
@Path("/me/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plan")
public class MyActionsResource extends ActionPlanResource {

    @GET
    @WithSession
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(summary = "The actions you are a responsible officer of, across cycles, one page",
            description = "Filters: status, overdue=true|false. Sort by end, start, indicativeTimeline, status, plannedAt, "
                    + "actionId; prefix '-' for descending. Default end,indicativeTimeline,plannedAt,actionId "
                    + "(soonest end first, no end date last).")
    public Uni<Page<ActionPlanLine>> mine(@BeanParam PageParams params,
                                          @BeanParam StatusFilter status,
                                          @QueryParam("overdue") Boolean overdue) {
        var page = params.validate(ActionPlanRow.SORTS);
        var filter = new ActionPlanReads.Filter(status.status(), null, overdue);
        return reads.officerActions(request.councilId(), request.userId(), filter, calendar.today(), page);
    }
}
