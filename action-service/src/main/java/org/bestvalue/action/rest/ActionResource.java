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
import org.bestvalue.action.actionplan.Actor;
import org.bestvalue.action.projection.ActionPlanProjection;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.http.StreamVersions;
import org.bestvalue.eventkit.security.CurrentUser;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * Actions of the action plan. Every write names the version it read in If-Match (428 without it, 409
 * when stale) and answers the action with its new version as ETag.
 */
@Path("/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "Actions under an opportunity: officers, dates, status and progress")
public class ActionResource {
    private static final String IF_MATCH_DOC = "The version you read (the ETag), e.g. \"3\"";

    @Inject
    CurrentUser user;
    @Inject
    ActionPlanStores stores;
    @Inject
    ActionPlanProjection projection;
    @Inject
    CouncilCalendar calendar;

    @GET
    @Path("{actionId}")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN, Roles.AUTHOR,
            Roles.REVIEWER, Roles.MODERATOR})
    @Operation(summary = "An action with its progress history; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The action")
    @APIResponse(responseCode = "404", description = "No such action in your council")
    public Uni<Response> get(@PathParam("actionId") String actionId) {
        LocalDate today = calendar.today();
        return stores.actions().require(user.councilId(), actionId)
                .map(l -> Response.ok(ActionResponse.of(l.state(), l.version(), today))
                        .tag(StreamVersions.etag(l.version())).build());
    }

    @PUT
    @Path("{actionId}/schedule")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER})
    @Operation(summary = "Set or refine the start and end dates (end not before start)")
    @APIResponse(responseCode = "200", description = "Scheduled")
    @APIResponse(responseCode = "403", description = "Not a planner nor one of the action's officers")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or the action is done or cancelled")
    @APIResponse(responseCode = "422", description = "End before start (field end)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> schedule(@PathParam("actionId") String actionId,
                                  @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                  @NotNull @Valid Requests.Schedule body,
                                  @HeaderParam("X-Correlation-Id") String correlationId,
                                  @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return decide(actionId, ifMatch, correlationId, idempotencyKey,
                new ActionCommand.Schedule(body.start(), body.end(), actor()));
    }

    @POST
    @Path("{actionId}/start")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER})
    @Operation(summary = "Mark the action in progress (also resumes a deferred action)")
    @APIResponse(responseCode = "200", description = "In progress")
    @APIResponse(responseCode = "403", description = "Not a planner nor one of the action's officers")
    @APIResponse(responseCode = "409", description = "Stale If-Match, already in progress, or closed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> start(@PathParam("actionId") String actionId,
                               @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                               @Valid Requests.Start body,
                               @HeaderParam("X-Correlation-Id") String correlationId,
                               @HeaderParam("Idempotency-Key") String idempotencyKey) {
        LocalDate today = calendar.today();
        LocalDate on = body == null || body.on() == null ? today : body.on();
        return decide(actionId, ifMatch, correlationId, idempotencyKey, new ActionCommand.Start(on, today, actor()));
    }

    @POST
    @Path("{actionId}/progress")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER})
    @Operation(summary = "Report progress: percent and/or narrative, with an optional RAG rating",
            description = "Only the action's responsible officers and planners may report.")
    @APIResponse(responseCode = "200", description = "Reported")
    @APIResponse(responseCode = "403", description = "Not a planner nor one of the action's officers",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not-an-officer",
                    value = "{\"type\":\"https://bestvalue.example/problems/not-an-officer-of-the-action\",\"status\":403,\"field\":\"officers\"}")))
    @APIResponse(responseCode = "409", description = "Stale If-Match, or the action is done or cancelled")
    @APIResponse(responseCode = "422", description = "Neither percent nor note, or a date after today")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> progress(@PathParam("actionId") String actionId,
                                  @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                  @NotNull @Valid Requests.ReportProgress body,
                                  @HeaderParam("X-Correlation-Id") String correlationId,
                                  @HeaderParam("Idempotency-Key") String idempotencyKey) {
        LocalDate today = calendar.today();
        return decide(actionId, ifMatch, correlationId, idempotencyKey, new ActionCommand.ReportProgress(
                body.on() == null ? today : body.on(), body.percent(), body.rag(), body.note(), today, actor()));
    }

    @POST
    @Path("{actionId}/completion")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER})
    @Operation(summary = "Mark the action done; needs a completion note")
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "403", description = "Not a planner nor one of the action's officers")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or already closed")
    @APIResponse(responseCode = "422", description = "No completion note (field completionNote)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> complete(@PathParam("actionId") String actionId,
                                  @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                  @NotNull @Valid Requests.Complete body,
                                  @HeaderParam("X-Correlation-Id") String correlationId,
                                  @HeaderParam("Idempotency-Key") String idempotencyKey) {
        LocalDate today = calendar.today();
        return decide(actionId, ifMatch, correlationId, idempotencyKey, new ActionCommand.Complete(
                body.on() == null ? today : body.on(), body.completionNote(), today, actor()));
    }

    @POST
    @Path("{actionId}/deferral")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Defer the action; needs a reason, optionally until a date")
    @APIResponse(responseCode = "200", description = "Deferred")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or already closed")
    @APIResponse(responseCode = "422", description = "No reason (field reason), or until not after today")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> defer(@PathParam("actionId") String actionId,
                               @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                               @NotNull @Valid Requests.Defer body,
                               @HeaderParam("X-Correlation-Id") String correlationId,
                               @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return decide(actionId, ifMatch, correlationId, idempotencyKey,
                new ActionCommand.Defer(body.reason(), body.until(), calendar.today()));
    }

    @POST
    @Path("{actionId}/cancellation")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Cancel the action; needs a reason")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "Stale If-Match, or already closed")
    @APIResponse(responseCode = "422", description = "No reason (field reason)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> cancel(@PathParam("actionId") String actionId,
                                @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                @NotNull @Valid Requests.Cancel body,
                                @HeaderParam("X-Correlation-Id") String correlationId,
                                @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return decide(actionId, ifMatch, correlationId, idempotencyKey, new ActionCommand.Cancel(body.reason()));
    }

    @POST
    @Path("{actionId}/external-references")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Link the item that carries this action in another system (e.g. the business planning tool)",
            description = "One reference per system: linking a system again replaces its reference.")
    @APIResponse(responseCode = "200", description = "Linked")
    @APIResponse(responseCode = "409", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> link(@PathParam("actionId") String actionId,
                              @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                              @NotNull @Valid Requests.LinkExternalReference body,
                              @HeaderParam("X-Correlation-Id") String correlationId,
                              @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return decide(actionId, ifMatch, correlationId, idempotencyKey,
                new ActionCommand.LinkExternalReference(body.system(), body.reference()));
    }

    private Actor actor() {
        return new Actor(user.userId(), user.hasRole(Roles.PLANNER));
    }

    private Uni<Response> decide(String actionId, String ifMatch, String correlationId, String idempotencyKey,
                                 ActionCommand command) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        CommandContext ctx = user.context(correlationId, idempotencyKey);
        LocalDate today = calendar.today();
        // Require first: an unknown (or another council's) action is a 404, not a version conflict.
        return stores.actions().require(ctx.councilId(), actionId)
                .chain(l -> stores.actions().handle(ctx, actionId, expected, command, projection.inline()))
                .map(h -> Response.ok(ActionResponse.of(h.state(), h.version(), today))
                        .tag(StreamVersions.etag(h.version())).build());
    }
}
