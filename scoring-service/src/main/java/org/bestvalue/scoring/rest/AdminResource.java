package org.bestvalue.scoring.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.scoring.projection.ProjectionRebuild;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Operations for administrators. */
@Path("/admin")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    @Inject
    ProjectionRebuild rebuild;
    @Inject
    RequestContext ctx;

    @POST
    @Path("/projections/rebuild")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Rebuild the rounds, assignments and scores query tables from the event store",
            description = "A council's admin rebuilds its own council's rows; the platform operator rebuilds every council's.")
    @APIResponse(responseCode = "200", description = "Rebuilt; eventsReplayed counts the round and score events replayed")
    public Uni<Map<String, Long>> rebuild() {
        Uni<Long> replayed = ctx.hasRole(Roles.OPERATOR) ? rebuild.rebuildEveryCouncil() : rebuild.rebuild(ctx.councilId());
        return replayed.map(n -> Map.of("eventsReplayed", n));
    }
}
