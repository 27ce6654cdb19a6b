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
import org.bestvalue.action.catalogue.Catalogue;
import org.bestvalue.action.opportunity.OpportunityCommand;
import org.bestvalue.action.opportunity.OpportunityIds;
import org.bestvalue.action.projection.ActionPlanProjection;
import org.bestvalue.action.projection.ActionPlanQueries;
import org.bestvalue.action.projection.OpportunityRow;
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
import java.util.List;

/** Opportunities for improvement: one per characteristic of a cycle, raised by a planner or proposed from a final score. */
@Path("/")
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
    Catalogue catalogue;
    @Inject
    CouncilCalendar calendar;

    @POST
    @Path("cycles/{cycleId}/opportunities")
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
    @Path("cycles/{cycleId}/opportunities")
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
    @Path("opportunities/{opportunityId}")
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
    @Path("opportunities/{opportunityId}/gap")
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
}
