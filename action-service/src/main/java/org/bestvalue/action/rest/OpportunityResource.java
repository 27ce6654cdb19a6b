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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.action.ActionPlanStores;
import org.bestvalue.action.CouncilCalendar;
import org.bestvalue.action.actionplan.ActionCommand;
import org.bestvalue.action.opportunity.OpportunityCommand;
import org.bestvalue.action.projection.ActionPlanProjection;
import org.bestvalue.action.projection.ActionPlanQueries;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.http.StreamVersions;
import org.bestvalue.eventkit.security.CurrentUser;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.eventkit.store.EventStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** An opportunity for improvement: read it, revise its gap, plan actions under it. */
@Path("/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Opportunities for improvement per cycle and characteristic")
public class OpportunityResource {
    @Inject
    CurrentUser user;
    @Inject
    ActionPlanStores stores;
    @Inject
    ActionPlanProjection projection;
    @Inject
    ActionPlanQueries queries;
    @Inject
    CouncilCalendar calendar;

    @GET
    @Path("{opportunityId}")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN, Roles.AUTHOR,
            Roles.REVIEWER, Roles.MODERATOR})
    @Operation(summary = "An opportunity with its actions; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The opportunity")
    @APIResponse(responseCode = "404", description = "No such opportunity in your council")
    public Uni<Response> get(@PathParam("opportunityId") String opportunityId) {
        String council = user.councilId();
        return stores.opportunities().require(council, opportunityId)
                .chain(l -> queries.actionsOf(council, opportunityId, calendar.today())
                        .map(actions -> Response.ok(OpportunityResponse.of(l.state(), l.version(), actions))
                                .tag(StreamVersions.etag(l.version())).build()));
    }

    @PUT
    @Path("{opportunityId}/gap")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Describe the gap anew (e.g. of an opportunity proposed from a score)")
    @APIResponse(responseCode = "200", description = "Revised; ETag is the new version")
    @APIResponse(responseCode = "404", description = "No such opportunity in your council")
    @APIResponse(responseCode = "409", description = "Stale If-Match; the body carries currentVersion")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> reviseGap(@PathParam("opportunityId") String opportunityId,
                                   @Parameter(description = "The version you read (ETag)", example = "\"1\"")
                                   @HeaderParam("If-Match") String ifMatch,
                                   @NotNull @Valid Requests.ReviseGap body,
                                   @HeaderParam("X-Correlation-Id") String correlationId,
                                   @HeaderParam("Idempotency-Key") String idempotencyKey) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        String council = user.councilId();
        var ctx = user.context(correlationId, idempotencyKey);
        return stores.opportunities().require(council, opportunityId)
                .chain(l -> stores.opportunities().handle(ctx, opportunityId, expected,
                        new OpportunityCommand.ReviseGap(body.gap()), projection.inline()))
                .chain(h -> queries.actionsOf(council, opportunityId, calendar.today())
                        .map(actions -> Response.ok(OpportunityResponse.of(h.state(), h.version(), actions))
                                .tag(StreamVersions.etag(h.version())).build()));
    }

    @POST
    @Path("{opportunityId}/actions")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Plan an action under an opportunity",
            description = "A retry with the same Idempotency-Key answers the first result and plans nothing new.")
    @APIResponse(responseCode = "201", description = "Planned; ETag is its version, Location its address")
    @APIResponse(responseCode = "400", description = "Missing or malformed field (named in `field`)")
    @APIResponse(responseCode = "404", description = "No such opportunity in your council")
    @APIResponse(responseCode = "422", description = "End before start",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "end-before-start",
                    value = "{\"type\":\"https://bestvalue.example/problems/end-before-start\",\"status\":422,\"field\":\"end\"}")))
    public Uni<Response> plan(@PathParam("opportunityId") String opportunityId, @NotNull @Valid Requests.PlanAction body,
                              @HeaderParam("X-Correlation-Id") String correlationId,
                              @HeaderParam("Idempotency-Key") String idempotencyKey) {
        CommandContext ctx = user.context(correlationId, idempotencyKey);
        String actionId = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("action|" + ctx.councilId() + '|' + opportunityId + '|' + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
        LocalDate today = calendar.today();
        return stores.opportunities().require(ctx.councilId(), opportunityId)
                .chain(o -> stores.actions().handle(ctx, actionId, EventStore.NO_STREAM,
                        new ActionCommand.PlanAction(actionId, opportunityId, o.state().cycleId(),
                                o.state().characteristicCode(), body.description(), body.officers(), body.serviceArea(),
                                body.indicativeTimeline(), body.start(), body.end()), projection.inline()))
                .map(h -> Response.created(URI.create("/actions/" + actionId)).tag(StreamVersions.etag(h.version()))
                        .entity(ActionResponse.of(h.state(), h.version(), today)).build());
    }

}
