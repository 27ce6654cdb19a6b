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
import org.bestvalue.reporting.projection.ReadModelRebuild;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform operator's operation (it spans every council, so no council's admin has it): rebuild every read model from the beginning of the topics into a fresh generation, then switch over. */
@Path("/admin/projections/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.OPERATOR)
@APIResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
@APIResponse(responseCode = "403", description = "Only the platform operator rebuilds (forbidden)")
public class ProjectionRebuildResource {
    static final String PATH = "/admin/projections/rebuild";

    @Inject
    ReadModelRebuild rebuild;

    @POST
    @Blocking
    @Operation(summary = "Start a rebuild from the topics into a fresh generation; its status at GET on the same path")
    @APIResponseSchema(value = ReadModelRebuild.Status.class, responseDescription = "Started; Location names the status", responseCode = "202")
    @APIResponse(responseCode = "409", description = "A rebuild is already running (rebuild-running)")
    public Response start() {
        return Response.accepted(rebuild.start()).header("Location", PATH).build();
    }

    @GET
    @Operation(summary = "Progress of the current or last rebuild")
    @APIResponseSchema(value = ReadModelRebuild.Status.class, responseDescription = "The status")
    public ReadModelRebuild.Status status() {
        return rebuild.status();
    }
}
