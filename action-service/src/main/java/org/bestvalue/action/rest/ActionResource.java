package org.bestvalue.action.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.action.actionplan.ActionCommand;
import org.bestvalue.action.actionplan.Actor;
import org.bestvalue.action.application.ActionAggregates;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * Actions of the action plan. Every write names the version it read in If-Match (428 without it, 409
 * when stale) and answers the action with its new version as ETag. Reads are open to every role.
 */
@Path("/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVERY_ROLE)
@Tag(name = "Actions", description = "Actions under an opportunity: officers, dates, status and progress")
public class ActionResource extends ActionPlanResource {
    /** The 403 of every write an action's officers may make, beside planners. */
    static final String NOT_AN_OFFICER = "Not a planner nor one of the action's officers (not-an-officer-of-the-action)";

    @Inject
    org.bestvalue.eventkit.people.PeopleDirectory people;

    @GET
    @Path("{actionId}")
    @Operation(summary = "An action with its progress history; the ETag is its version (If-None-Match → 304)")
    public Uni<Response> get(@PathParam("actionId") String actionId, @BeanParam IfNoneMatch ifNoneMatch) {
        LocalDate today = calendar.today();
        return aggregates.actions().require(request.councilId(), actionId)
                .chain(l -> people.lookup(l.state().officers()).map(who ->
                        ifNoneMatch.ok(ActionResponse.of(l.state(), l.version(), today, who), l.version())));
    }

    @GET
    @Path("{actionId}/history")
    @WithSession
    @Operation(summary = "The action's events, newest first",
            description = "Each entry: version, type, at, actor, correlationId and the event's own fields. "
                    + "Sort by version or at (prefix '-' for descending); default -version.")
    public Uni<Page<com.fasterxml.jackson.databind.JsonNode>> history(@PathParam("actionId") String actionId, @BeanParam PageParams params) {
        var page = org.bestvalue.eventkit.read.History.request(params);
        return reads.history(request.councilId(), ActionAggregates.ACTION, actionId, page);
    }

    @PUT
    @Path("{actionId}/schedule")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER})
    @Operation(summary = "Set or refine the start and end dates (end not before start)")
    @APIResponse(responseCode = "400", description = "A missing date (invalid-request), a malformed date (malformed-body), or a malformed If-Match "
            + "(invalid-if-match); field names it")
    @APIResponse(responseCode = "403", description = NOT_AN_OFFICER)
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict), or the action is done or cancelled (action-closed)")
    @APIResponse(responseCode = "422", description = "End before start (end-before-start; field end)")
    public Uni<Response> schedule(@PathParam("actionId") String actionId,
                                  @BeanParam IfMatch ifMatch,
                                  @NotNull @Valid Requests.Schedule body) {
        return decide(actionId, ifMatch, new ActionCommand.Schedule(body.start(), body.end(), actor()));
    }

    @POST
    @Path("{actionId}/start")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER})
    @Operation(summary = "Mark the action in progress (also resumes a deferred action)")
    @APIResponse(responseCode = "403", description = NOT_AN_OFFICER)
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict), already in progress (action-already-in-progress), or closed (action-closed)")
    @APIResponse(responseCode = "422", description = "A start date after today (date-in-future; field on)")
    public Uni<Response> start(@PathParam("actionId") String actionId,
                               @BeanParam IfMatch ifMatch,
                               @Valid Requests.Start body) {
        LocalDate today = calendar.today();
        LocalDate on = body == null || body.on() == null ? today : body.on();
        return decide(actionId, ifMatch, new ActionCommand.Start(on, today, actor()));
    }

    @POST
    @Path("{actionId}/progress-reports")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER})
    @Operation(summary = "Report progress: percent and/or narrative, with an optional RAG rating",
            description = "Only the action's responsible officers and planners may report.")
    @APIResponse(responseCode = "400", description = "Percent outside 0–100 or a note too long (invalid-request), an unknown RAG or a malformed date "
            + "(malformed-body), or a malformed If-Match (invalid-if-match); field names it")
    @APIResponse(responseCode = "403", description = NOT_AN_OFFICER)
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict), or the action is done or cancelled (action-closed)")
    @APIResponse(responseCode = "422", description = "Neither percent nor note (progress-needs-percent-or-note), or a date after today (date-in-future)")
    public Uni<Response> reportProgress(@PathParam("actionId") String actionId,
                                        @BeanParam IfMatch ifMatch,
                                        @NotNull @Valid Requests.ReportProgress body) {
        LocalDate today = calendar.today();
        return decide(actionId, ifMatch, new ActionCommand.ReportProgress(
                body.on() == null ? today : body.on(), body.percent(), body.rag(), body.note(), today, actor(),
                Boolean.TRUE.equals(body.notePublic())));
    }

    @POST
    @Path("{actionId}/complete")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER})
    @Operation(summary = "Mark the action done; needs a completion note")
    @APIResponse(responseCode = "403", description = NOT_AN_OFFICER)
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict), or already closed (action-closed)")
    @APIResponse(responseCode = "422", description = "No completion note (completion-note-required; field completionNote), or a date after today (date-in-future)")
    public Uni<Response> complete(@PathParam("actionId") String actionId,
                                  @BeanParam IfMatch ifMatch,
                                  @NotNull @Valid Requests.Complete body) {
        LocalDate today = calendar.today();
        return decide(actionId, ifMatch, new ActionCommand.Complete(
                body.on() == null ? today : body.on(), body.completionNote(), today, actor(), Boolean.TRUE.equals(body.notePublic())));
    }

    @POST
    @Path("{actionId}/defer")
    @RolesAllowed({Roles.PLANNER, Roles.ACTION_OWNER})
    @Operation(summary = "Defer the action; needs a reason, optionally until a date")
    @APIResponse(responseCode = "403", description = NOT_AN_OFFICER)
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict), or already closed (action-closed)")
    @APIResponse(responseCode = "422", description = "No reason (reason-required; field reason), or until not after today (deferral-until-not-in-future)")
    public Uni<Response> defer(@PathParam("actionId") String actionId,
                               @BeanParam IfMatch ifMatch,
                               @NotNull @Valid Requests.Defer body) {
        return decide(actionId, ifMatch, new ActionCommand.Defer(body.reason(), body.until(), calendar.today(), actor()));
    }

    @POST
    @Path("{actionId}/cancel")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Cancel the action; needs a reason")
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict), or already closed (action-closed)")
    @APIResponse(responseCode = "422", description = "No reason (reason-required; field reason)")
    public Uni<Response> cancel(@PathParam("actionId") String actionId,
                                @BeanParam IfMatch ifMatch,
                                @NotNull @Valid Requests.Cancel body) {
        return decide(actionId, ifMatch, new ActionCommand.Cancel(body.reason()));
    }

    @POST
    @Path("{actionId}/external-references")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Link the item that carries this action in another system (e.g. the business planning tool)",
            description = "One reference per system: linking a system again replaces its reference.")
    @APIResponse(responseCode = "400", description = "A missing or too long system or reference (invalid-request; named in field)")
    public Uni<Response> link(@PathParam("actionId") String actionId,
                              @BeanParam IfMatch ifMatch,
                              @NotNull @Valid Requests.LinkExternalReference body) {
        return decide(actionId, ifMatch, new ActionCommand.LinkExternalReference(body.system(), body.reference()));
    }

    private Actor actor() {
        return new Actor(request.userId(), request.hasRole(Roles.PLANNER));
    }

    private Uni<Response> decide(String actionId, IfMatch ifMatch, ActionCommand command) {
        long expected = ifMatch.version();
        LocalDate today = calendar.today();
        return aggregates.onAction(request.command(), actionId, expected, command)
                .chain(h -> people.lookup(h.state().officers()).map(who -> Answers.ok(h.version(), ActionResponse.of(h.state(), h.version(), today, who))));
    }
}
