package org.bestvalue.reporting.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.reporting.rebuild.ReadModelRebuild;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin operation: rebuild every read model from the beginning of the topics, then switch over. */
@Path("/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class RebuildResource {
    @Inject
    ReadModelRebuild rebuild;

    @POST
    @Blocking
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Start a rebuild into a fresh generation; 202 with its status, 409 while one runs")
    public Response start() {
        return Response.accepted(rebuild.start()).header("Location", "/admin/rebuild").build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Progress of the current or last rebuild")
    public ReadModelRebuild.Status status() {
        return rebuild.status();
    }
}
