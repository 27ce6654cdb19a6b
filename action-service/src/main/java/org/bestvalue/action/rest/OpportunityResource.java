package org.bestvalue.action.rest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.action.actionplan.ActionCommand;
import org.bestvalue.action.application.ActionAggregates;
import org.bestvalue.action.opportunity.Opportunity;
import org.bestvalue.action.opportunity.OpportunityCommand;
import org.bestvalue.action.projection.ActionPlanLine;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** An opportunity for improvement: read it, revise its gap, plan actions under it. Reads are open to every role. */
@Path("/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVERY_ROLE)
@Tag(name = "Opportunities", description = "Opportunities for improvement per cycle and characteristic")
public class OpportunityResource extends ActionPlanResource {

    @GET
    @Path("{opportunityId}")
    @Operation(summary = "An opportunity with its actions; the ETag is its version (If-None-Match → 304)")
    public Uni<Response> get(@PathParam("opportunityId") String opportunityId, @BeanParam IfNoneMatch ifNoneMatch) {
        return aggregates.opportunities().require(request.councilId(), opportunityId)
                .chain(l -> Panache.withSession(() -> withActions(l.state(), l.version())))
                .map(o -> ifNoneMatch.ok(o, o.version()));
    }

    @PUT
    @Path("{opportunityId}/gap")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Describe the gap anew (e.g. of an opportunity proposed from a score)")
    @APIResponse(responseCode = "400", description = "A missing or too long gap (invalid-request), or a malformed If-Match (invalid-if-match); named in field")
    public Uni<Response> reviseGap(@PathParam("opportunityId") String opportunityId,
                                   @BeanParam IfMatch ifMatch,
                                   @NotNull @Valid Requests.ReviseGap body) {
        long expected = ifMatch.version();
        return aggregates.onOpportunity(request.command(), opportunityId, expected, new OpportunityCommand.ReviseGap(body.gap()))
                .chain(h -> Panache.withSession(() -> withActions(h.state(), h.version())))
                .map(o -> Answers.ok(o.version(), o));
    }

    @POST
    @Path("{opportunityId}/actions")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Plan an action under an opportunity",
            description = "A retry with the same Idempotency-Key answers the first result and plans nothing new.")
    @APIResponse(responseCode = "201", description = "Planned; ETag is its version, Location its address")
    @APIResponse(responseCode = "400", description = "A missing or too long field, or a timeline that is not a month or quarter (invalid-request), "
            + "or a field of the wrong type (malformed-body); named in `field`")
    @APIResponse(responseCode = "422", description = "End before start (end-before-start)")
    public Uni<Response> plan(@PathParam("opportunityId") String opportunityId, @NotNull @Valid Requests.PlanAction body) {
        var ctx = request.command();
        String actionId = ActionAggregates.newActionId(ctx, opportunityId);
        LocalDate today = calendar.today();
        return aggregates.opportunities().require(ctx.councilId(), opportunityId)
                .chain(o -> aggregates.plan(ctx, actionId, new ActionCommand.PlanAction(actionId, opportunityId,
                        o.state().cycleId(), o.state().characteristicCode(), body.description(), body.officers(),
                        body.serviceArea(), body.indicativeTimeline(), body.start(), body.end())))
                .map(h -> Answers.created("/actions/" + actionId, h.version(), ActionResponse.of(h.state(), h.version(), today)));
    }

    private Uni<OpportunityResponse> withActions(Opportunity o, long version) {
        return reads.opportunity(request.councilId(), o.opportunityId())
                .chain(row -> row == null ? Uni.createFrom().item(List.<ActionPlanLine>of()) : reads.actionsOf(row, calendar.today()))
                .map(actions -> OpportunityResponse.of(o, version, actions));
    }
}
