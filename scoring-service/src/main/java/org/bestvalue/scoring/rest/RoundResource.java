package org.bestvalue.scoring.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.scoring.projection.ScoringQueries;
import org.bestvalue.scoring.projection.ScoringQueries.RoundSummary;
import org.bestvalue.scoring.projection.ScoringQueries.RoundView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scoring rounds: a planner opens one for a cycle, assigns a reviewer per theme, and closes it. */
@Path("/rounds")
@Tag(name = "Scoring rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVERY_ROLE)
public class RoundResource extends ScoringResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Open a scoring round for an assessment cycle")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "initial",
            value = "{\"cycleId\":\"5b0e7c4e-2f1a-4d53-9a1e-0c1d2e3f4a5b\",\"name\":\"2024 initial scoring\",\"kind\":\"INITIAL\"}")))
    @APIResponse(responseCode = "201", description = "Opened; Location and ETag name the round and its version")
    @APIResponse(responseCode = "400", description = "A missing name or cycle (invalid-request), or an unknown kind (malformed-body)")
    @APIResponse(responseCode = "409", description = "Another round of the cycle is open (round-already-open), or the cycle is "
            + "closed (cycle-closed)")
    @APIResponse(responseCode = "422", description = "Unknown cycle (unknown-cycle), or the wrong kind of round "
            + "(initial-round-exists, no-round-to-recheck)")
    public Uni<Response> open(@Valid @NotNull Requests.OpenRound body, @Context UriInfo uri) {
        String council = ctx.councilId();
        return scoring.openRound(ctx.command(), body.cycleId(), body.name(), body.kind())
                .chain(roundId -> io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> queries.round(council, roundId)))
                .map(round -> Answers.created(uri.getAbsolutePathBuilder().path(round.roundId()).build(), round.version(), round));
    }

    @GET
    @WithSession
    @Operation(summary = "The council's scoring rounds, optionally of one cycle (paged)",
            description = "Sort by openedAt, name, status, roundId; default openedAt,roundId (oldest first).")
    public Uni<Page<RoundSummary>> list(@QueryParam("cycleId") String cycleId, @BeanParam PageParams params) {
        var page = params.validate(ScoringQueries.ROUND_SORTS);
        return queries.rounds(ctx.councilId(), cycleId, page);
    }

    @GET
    @WithSession
    @Path("/{roundId}")
    @Operation(summary = "A round's status: reviewers, and what is unscored, not yet moderated, awaiting leadership, reopened")
    @APIResponse(responseCode = "200", description = "The round; its ETag is the version a planner's write must name")
    public Uni<Response> get(@PathParam("roundId") String roundId, @BeanParam IfNoneMatch ifNoneMatch) {
        return queries.round(ctx.councilId(), roundId).map(round -> ifNoneMatch.ok(round, round.version()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{roundId}/reviewers/{themeCode}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Assign the reviewer of a theme (replaces an earlier one); the reviewer must not have worked on any of its narratives")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reviewer", value = "{\"reviewerId\":\"3f6c1a9e-reviewer-ci\"}")))
    @APIResponse(responseCode = "200", description = "Assigned")
    @APIResponse(responseCode = "400", description = "A blank reviewerId (invalid-request), or a malformed If-Match")
    @APIResponse(responseCode = "409", description = "The reviewer authored or contributed to a narrative of the theme "
            + "(reviewer-not-independent; conflictingNarratives names them), the round is closed (round-closed), or If-Match is stale")
    @APIResponse(responseCode = "422", description = "The theme is not in the cycle's framework (unknown-theme)")
    public Uni<Response> assign(@PathParam("roundId") String roundId, @PathParam("themeCode") String themeCode,
                                @BeanParam IfMatch ifMatch,
                                @Valid @NotNull Requests.AssignReviewer body) {
        String reviewerId = body.reviewerId().strip();
        return write(ifMatch, (command, expected) -> scoring.assignReviewer(command, roundId, expected, themeCode, reviewerId),
                council -> queries.round(council, roundId), RoundView::version);
    }

    @POST
    @Path("/{roundId}/close")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Close the round once every scored characteristic is final; records the snapshot instant")
    @APIResponse(responseCode = "200", description = "Closed; snapshotAt is the instant the scores are frozen at")
    @APIResponse(responseCode = "409", description = "Scores are still open (open-scores; detail names them), nothing was scored (nothing-scored), the round "
            + "is closed (round-closed), or If-Match is stale")
    public Uni<Response> close(@PathParam("roundId") String roundId,
                               @BeanParam IfMatch ifMatch) {
        return write(ifMatch, (command, expected) -> scoring.closeRound(command, roundId, expected),
                council -> queries.round(council, roundId), RoundView::version);
    }
}
