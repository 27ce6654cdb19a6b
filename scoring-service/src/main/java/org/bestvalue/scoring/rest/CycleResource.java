package org.bestvalue.scoring.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.eventkit.security.CurrentUser;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.scoring.projection.ScoringQueries;
import org.bestvalue.scoring.projection.ScoringQueries.CycleScores;
import org.bestvalue.scoring.projection.ScoringQueries.HistoryEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A cycle's scores across its rounds: the current colour of each characteristic, and its history. */
@Path("/cycles/{cycleId}")
@Tag(name = "Cycle scores")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {
    @Inject
    ScoringQueries queries;
    @Inject
    CurrentUser user;

    @GET
    @Path("/scores")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The cycle's current colour and status of every characteristic (latest score across its rounds), "
            + "with the tally of final colours")
    @APIResponse(responseCode = "404", description = "No such cycle in your council")
    public Uni<CycleScores> scores(@PathParam("cycleId") String cycleId) {
        return queries.cycleScores(user.councilId(), cycleId);
    }

    @GET
    @Path("/characteristics/{code}/score-history")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every change of a characteristic's score across all rounds of the cycle: who, when, old → new colour, why")
    @APIResponse(responseCode = "404", description = "No such cycle in your council")
    public Uni<List<HistoryEntry>> history(@PathParam("cycleId") String cycleId, @PathParam("code") String code) {
        return queries.cycleHistory(user.councilId(), cycleId, code);
    }
}
