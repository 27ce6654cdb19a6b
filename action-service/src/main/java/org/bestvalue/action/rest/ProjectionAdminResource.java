package org.bestvalue.action.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.action.projection.ActionPlanProjection;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on this service's projections, for the platform operator (they span every council). */
@Path("/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class ProjectionAdminResource {
    @Inject
    ActionPlanProjection projection;

    public record Rebuilt(int streams) {
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Rebuild the opportunity and action tables from the event store",
            description = "The tables are projections of the events; a rebuild gives the same rows as the live updates.")
    @APIResponse(responseCode = "200", description = "Rebuilt; the number of streams replayed")
    public Uni<Rebuilt> rebuild() {
        // Suite-wide: the tables of every council are dropped and replayed, so only the platform operator may.
        return projection.rebuild().map(Rebuilt::new);
    }

}
