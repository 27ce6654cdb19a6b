package org.bestvalue.scoring.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.scoring.projection.ScoringQueries;
import org.bestvalue.scoring.projection.ScoringQueries.HistoryEntry;
import org.bestvalue.scoring.projection.ScoringQueries.ScoreFilter;
import org.bestvalue.scoring.projection.ScoringQueries.ScoreView;
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
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVERY_ROLE)
@APIResponse(responseCode = "404", description = "No such round in your council, or no such characteristic in its framework (not-found)")
public class ScoreResource extends ScoringResource {
    static final String CSV = "text/csv";

    @GET
    @WithSession
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "The round's scores (paged JSON), or every matching row as CSV with Accept: text/csv",
            description = "Filters theme, state (SCORED, MODERATED, REOPENED, FINAL), reviewer. Sort by themeOrder, theme, "
                    + "order, code, state, colour, reviewer, updatedAt; default themeOrder,theme,order,code (framework order). "
                    + "The CSV has the columns characteristicCode, themeCode, colour, status, reviewerId, version.")
    @APIResponse(responseCode = "200", description = "One page of scores, or the CSV file (Content-Disposition: attachment)")
    public Uni<Response> list(@PathParam("roundId") String roundId,
                              @Parameter(description = "Only this theme's scores") @QueryParam("theme") String theme,
                              @Parameter(description = "Only scores in this state") @QueryParam("state") String state,
                              @Parameter(description = "Only this reviewer's scores") @QueryParam("reviewer") String reviewer,
                              @BeanParam PageParams params, @HeaderParam("Accept") String accept, @BeanParam IfNoneMatch ifNoneMatch) {
        PageRequest page = params.validate(ScoringQueries.SCORE_SORTS);
        ScoreFilter filter = new ScoreFilter(blankToNull(theme), blankToNull(state), blankToNull(reviewer));
        String council = ctx.councilId();
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return queries.allScores(council, roundId, filter, page)
                    .map(scores -> ifNoneMatch.text(csv(scores), CSV, "round-" + roundId + "-scores.csv"));
        }
        return queries.scores(council, roundId, filter, page).map(p -> Response.ok(p, MediaType.APPLICATION_JSON).build());
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
    @WithSession
    @Path("/{code}")
    @Operation(summary = "One characteristic's score in the round (UNSCORED with version 0 when nobody scored it yet)")
    @APIResponse(responseCode = "200", description = "The score; its ETag is the version a write must name")
    public Uni<Response> get(@PathParam("roundId") String roundId, @PathParam("code") String code, @BeanParam IfNoneMatch ifNoneMatch) {
        return queries.score(ctx.councilId(), roundId, code).map(score -> ifNoneMatch.ok(score, score.version()));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Score a characteristic of your theme (or rescore it before moderation, or after a reopening once its narrative changed)",
            description = "If-Match: the score's version as its ETag stated; \"0\" for a characteristic not scored yet.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "light green", value = "{\"colour\":\"LIGHT_GREEN\",\"rationale\":\"Evidence supports the narrative, "
                    + "with gaps in evidence\",\"evidenceSampled\":[\"8d6f3f9e-54a4-4b9e-9d8e-2f1f1f7b8a11\"]}"),
            @ExampleObject(name = "grey", value = "{\"colour\":\"GREY\",\"rationale\":\"All-out elections\","
                    + "\"greyJustification\":\"The electoral cycle is a political decision of full council\",\"evidenceSampled\":[]}")}))
    @APIResponse(responseCode = "400", description = "Unknown colour (malformed-body), a missing rationale (invalid-request), "
            + "or a malformed If-Match")
    @APIResponse(responseCode = "409", description = "You worked on the characteristic's narrative (reviewer-not-independent; "
            + "conflictingNarratives names it), the score is already moderated or final (score-already-moderated, score-final), "
            + "the round is closed (round-closed), or If-Match is stale")
    @APIResponse(responseCode = "422", description = "Outside your assigned theme (outside-assigned-theme), a cross-reference "
            + "(cross-reference-not-scored), grey without justification (grey-needs-justification), or a reopened score whose "
            + "narrative has not changed (narrative-unchanged)")
    public Uni<Response> record(@PathParam("roundId") String roundId, @PathParam("code") String code,
                                @BeanParam IfMatch ifMatch,
                                @Valid @NotNull Requests.RecordScore body) {
        return write(roundId, code, ifMatch, (command, expected) -> scoring.recordScore(command, roundId, code, expected,
                body.colour(), body.rationale(), body.greyJustification(), body.evidenceIds()));
    }

    @POST
    @Path("/{code}/moderate")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Confirm or revise a score, with a reason; green and grey scores become final, yellow or worse go to leadership")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "confirm", value = "{\"outcome\":\"CONFIRMED\",\"reason\":\"Consistent with similar characteristics\"}"),
            @ExampleObject(name = "revise", value = "{\"outcome\":\"REVISED\",\"colour\":\"YELLOW\",\"reason\":\"Gaps in the narrative\"}")}))
    @APIResponse(responseCode = "400", description = "An unknown outcome or colour (malformed-body), or a malformed If-Match")
    @APIResponse(responseCode = "409", description = "You scored the characteristic or worked on its narrative "
            + "(moderator-not-independent), not scored yet (score-not-recorded), already moderated (score-already-moderated), "
            + "reopened (score-reopened), round closed (round-closed), or If-Match stale")
    @APIResponse(responseCode = "422", description = "A revision without colour or reason (colour-required, reason-required), "
            + "one that keeps the colour (revision-changes-nothing), or a confirmation with a colour (colour-not-expected)")
    public Uni<Response> moderate(@PathParam("roundId") String roundId, @PathParam("code") String code,
                                  @BeanParam IfMatch ifMatch,
                                  @Valid @NotNull Requests.Moderate body) {
        return write(roundId, code, ifMatch, (command, expected) -> scoring.moderate(command, roundId, code, expected,
                body.outcome(), body.colour(), body.reason()));
    }

    @POST
    @Path("/{code}/review-by-leadership")
    @RolesAllowed(Roles.LEADERSHIP)
    @Operation(summary = "Leadership's decision on a moderated yellow, amber or red score: confirm, revise, or request more evidence (reopens it)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "confirm", value = "{\"decision\":\"CONFIRMED\"}"),
            @ExampleObject(name = "more evidence", value = "{\"decision\":\"MORE_EVIDENCE_REQUESTED\",\"reason\":\"Add the peer challenge findings\"}")}))
    @APIResponse(responseCode = "400", description = "An unknown decision or colour (malformed-body), or a malformed If-Match")
    @APIResponse(responseCode = "409", description = "You scored the characteristic or worked on its narrative "
            + "(leader-not-independent), not moderated yet (score-not-moderated), already final (score-final), round closed "
            + "(round-closed), or If-Match stale")
    @APIResponse(responseCode = "422", description = "A revision without colour or reason (colour-required, reason-required) or "
            + "that keeps the colour (revision-changes-nothing), a confirmation or a request for evidence with another colour "
            + "(colour-not-expected), or a request for evidence without a reason")
    public Uni<Response> reviewByLeadership(@PathParam("roundId") String roundId, @PathParam("code") String code,
                                            @BeanParam IfMatch ifMatch,
                                            @Valid @NotNull Requests.ReviewByLeadership body) {
        return write(roundId, code, ifMatch, (command, expected) -> scoring.reviewByLeadership(command, roundId, code, expected,
                body.decision(), body.colour(), body.reason()));
    }

    @GET
    @WithSession
    @Path("/{code}/history")
    @Operation(summary = "Every change of this score in the round: who, when, old → new colour, why (paged)",
            description = "Sort by at, version, position; default -position (newest first).")
    @APIResponse(responseCode = "200", description = "One page of the score's events")
    public Uni<Page<HistoryEntry>> history(@PathParam("roundId") String roundId, @PathParam("code") String code,
                                           @BeanParam PageParams params) {
        PageRequest page = params.validate(ScoringQueries.HISTORY_SORTS);
        return queries.history(ctx.councilId(), roundId, code, page);
    }

    /** A command on the score at the version the client read, answered with the score as it now is. */
    private Uni<Response> write(String roundId, String code, IfMatch ifMatch, Command command) {
        return write(ifMatch, command, council -> queries.score(council, roundId, code), ScoreView::version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
