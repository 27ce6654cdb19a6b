package org.bestvalue.scoring.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.scoring.projection.ScoringQueries;
import org.bestvalue.scoring.projection.ScoringQueries.CycleScores;
import org.bestvalue.scoring.projection.ScoringQueries.HistoryEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A cycle's scores across its rounds: the current colour of each characteristic, and its history. */
@Path("/cycles/{cycleId}")
@Tag(name = "Cycle scores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVERY_ROLE)
@WithSession
public class CycleResource {
    @Inject
    ScoringQueries queries;
    @Inject
    RequestContext ctx;
    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/scores")
    @Operation(summary = "The cycle's current colour and status of every characteristic (latest score across its rounds), "
            + "with the tally of final colours")
    @APIResponseSchema(value = CycleScores.class, responseDescription = "The cycle's scores; the ETag is a digest of the document")
    public Uni<Response> scores(@PathParam("cycleId") String cycleId, @BeanParam IfNoneMatch ifNoneMatch) {
        return queries.cycleScores(ctx.councilId(), cycleId).map(scores -> ifNoneMatch.json(scores, mapper));
    }

    @GET
    @Path("/characteristics/{code}/history")
    @Operation(summary = "Every change of a characteristic's score across all rounds of the cycle: who, when, old → new colour, why (paged)",
            description = "Sort by at, version, position; default -position (newest first).")
    public Uni<Page<HistoryEntry>> history(@PathParam("cycleId") String cycleId, @PathParam("code") String code,
                                           @BeanParam PageParams params) {
        PageRequest page = params.validate(ScoringQueries.HISTORY_SORTS);
        return queries.cycleHistory(ctx.councilId(), cycleId, code, page);
    }
}
