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
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild your council's rounds, assignments and scores query tables from the event store")
    @APIResponse(responseCode = "200", description = "Rebuilt; eventsReplayed counts the council's round and score events")
    @APIResponse(responseCode = "403", description = "Only an administrator rebuilds")
    public Uni<Map<String, Long>> rebuild() {
        return rebuild.rebuild(ctx.councilId()).map(n -> Map.of("eventsReplayed", n));
    }
}
