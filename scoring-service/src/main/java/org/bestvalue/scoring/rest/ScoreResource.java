package org.bestvalue.scoring.rest;

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
import org.bestvalue.eventkit.http.StreamVersions;
import org.bestvalue.eventkit.security.CurrentUser;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.scoring.projection.ScoringQueries;
import org.bestvalue.scoring.projection.ScoringQueries.HistoryEntry;
import org.bestvalue.scoring.projection.ScoringQueries.ScoreView;
import org.bestvalue.scoring.projection.ScoringService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The scores of a round, one per characteristic: the reviewer of its theme scores it, the moderator
 * confirms or revises it, leadership reviews anything yellow or worse. Every write names the score's
 * version (If-Match; "0" for a characteristic not scored yet).
 */
@Path("/rounds/{roundId}/scores")
@Tag(name = "Scores")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {
    static final String IF_MATCH_DOC = "The score's version as its ETag stated; \"0\" for a characteristic not scored yet";

    @Inject
    ScoringService scoring;
    @Inject
    ScoringQueries queries;
    @Inject
    CurrentUser user;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every score of the round, in framework order; with Accept: text/csv a CSV of code, theme, "
            + "colour, status, reviewer, version (for scripts)")
    @APIResponse(responseCode = "404", description = "No such round in your council")
    public Uni<Response> list(@PathParam("roundId") String roundId, @HeaderParam("Accept") String accept) {
        String council = user.councilId();
        boolean csv = accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON);
        return queries.round(council, roundId).chain(r -> queries.scores(council, roundId))
                .map(scores -> csv ? Response.ok(csv(scores), "text/csv").build()
                        : Response.ok(scores, MediaType.APPLICATION_JSON).build());
    }

    private static String csv(List<ScoreView> scores) {
        StringBuilder out = new StringBuilder("characteristicCode,themeCode,colour,status,reviewerId,version\n");
        for (ScoreView s : scores) {
            out.append(s.characteristicCode()).append(',').append(s.themeCode()).append(',')
                    .append(s.colour() == null ? "" : s.colour()).append(',').append(s.status()).append(',')
                    .append(s.reviewerId() == null ? "" : s.reviewerId()).append(',').append(s.version()).append('\n');
        }
        return out.toString();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One characteristic's score in the round (UNSCORED with version 0 when nobody scored it yet)")
    @APIResponse(responseCode = "200", description = "The score; its ETag is the version a write must name")
    @APIResponse(responseCode = "404", description = "No such round in your council, or no such characteristic in its framework")
    public Uni<Response> get(@PathParam("roundId") String roundId, @PathParam("code") String code) {
        String council = user.councilId();
        return scoring.target(council, roundId, code)
                .chain(t -> queries.score(council, roundId, t.cycle().cycleId(), t.characteristic()))
                .map(ScoreResource::ok);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{code}")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Score a characteristic of your theme (or rescore it before moderation, or after a reopening once its narrative changed)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "light green", value = "{\"colour\":\"LIGHT_GREEN\",\"rationale\":\"Evidence supports the narrative, "
                    + "with gaps in evidence\",\"evidenceSampled\":[\"8d6f3f9e-54a4-4b9e-9d8e-2f1f1f7b8a11\"]}"),
            @ExampleObject(name = "grey", value = "{\"colour\":\"GREY\",\"rationale\":\"All-out elections\","
                    + "\"greyJustification\":\"The electoral cycle is a political decision of full council\",\"evidenceSampled\":[]}")}))
    @APIResponse(responseCode = "200", description = "Recorded; the ETag is the score's new version")
    @APIResponse(responseCode = "400", description = "Unknown colour, or a missing rationale")
    @APIResponse(responseCode = "409", description = "You worked on the characteristic's narrative (conflictingNarratives), "
            + "the score is already moderated or final, the round is closed, or If-Match is stale")
    @APIResponse(responseCode = "422", description = "Outside your assigned theme, a cross-reference, grey without justification, "
            + "or a reopened score whose narrative has not changed")
    public Uni<Response> record(@PathParam("roundId") String roundId, @PathParam("code") String code,
                                @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull Requests.RecordScore body,
                                @HeaderParam("Idempotency-Key") String idempotencyKey,
                                @HeaderParam("X-Correlation-Id") String correlationId) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        return scoring.recordScore(user.context(correlationId, idempotencyKey), roundId, code, expected, body.colour(),
                body.rationale(), body.greyJustification(), body.evidenceIds()).chain(h -> current(roundId, code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{code}/moderation")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Confirm or revise a score, with a reason; green and grey scores become final, yellow or worse go to leadership")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "confirm", value = "{\"outcome\":\"CONFIRMED\",\"reason\":\"Consistent with similar characteristics\"}"),
            @ExampleObject(name = "revise", value = "{\"outcome\":\"REVISED\",\"colour\":\"YELLOW\",\"reason\":\"Gaps in the narrative\"}")}))
    @APIResponse(responseCode = "200", description = "Moderated")
    @APIResponse(responseCode = "409", description = "Not scored yet, already moderated, reopened, round closed, or If-Match stale")
    @APIResponse(responseCode = "422", description = "A revision without colour or reason, or moderating your own score")
    public Uni<Response> moderate(@PathParam("roundId") String roundId, @PathParam("code") String code,
                                  @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull Requests.Moderate body,
                                  @HeaderParam("Idempotency-Key") String idempotencyKey,
                                  @HeaderParam("X-Correlation-Id") String correlationId) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        return scoring.moderate(user.context(correlationId, idempotencyKey), roundId, code, expected, body.outcome(),
                body.colour(), body.reason()).chain(h -> current(roundId, code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{code}/leadership-review")
    @RolesAllowed(Roles.LEADERSHIP)
    @Operation(summary = "Leadership's decision on a moderated yellow, amber or red score: confirm, revise, or request more evidence (reopens it)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "confirm", value = "{\"decision\":\"CONFIRMED\"}"),
            @ExampleObject(name = "more evidence", value = "{\"decision\":\"MORE_EVIDENCE_REQUESTED\",\"reason\":\"Add the peer challenge findings\"}")}))
    @APIResponse(responseCode = "200", description = "Reviewed")
    @APIResponse(responseCode = "409", description = "Not moderated yet, already final, round closed, or If-Match stale")
    @APIResponse(responseCode = "422", description = "A revision without colour or reason, or a request for evidence without a reason")
    public Uni<Response> review(@PathParam("roundId") String roundId, @PathParam("code") String code,
                                @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull Requests.ReviewByLeadership body,
                                @HeaderParam("Idempotency-Key") String idempotencyKey,
                                @HeaderParam("X-Correlation-Id") String correlationId) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        return scoring.reviewByLeadership(user.context(correlationId, idempotencyKey), roundId, code, expected, body.decision(),
                body.colour(), body.reason()).chain(h -> current(roundId, code));
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every change of this score in the round: who, when, old → new colour, why")
    @APIResponse(responseCode = "404", description = "No such round in your council, or no such characteristic in its framework")
    public Uni<List<HistoryEntry>> history(@PathParam("roundId") String roundId, @PathParam("code") String code) {
        String council = user.councilId();
        return scoring.target(council, roundId, code).chain(t -> queries.history(council, roundId, code));
    }

    private Uni<Response> current(String roundId, String code) {
        return get(roundId, code);
    }

    private static Response ok(ScoreView score) {
        return Response.ok(score).tag(StreamVersions.etag(score.version())).build();
    }
}
