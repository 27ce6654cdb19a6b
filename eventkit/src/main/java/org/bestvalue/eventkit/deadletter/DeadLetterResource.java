package org.bestvalue.eventkit.deadletter;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's handle on a consuming service's dead letters. */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DeadLetterResource {
    @Inject
    DeadLetterReplay replay;

    @POST
    @Path("/replay")
    @Blocking
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Re-apply every record of this service's dead-letter topic through its consumer (idempotent); report what happened")
    public DeadLetterReplay.Report replay() {
        return replay.replay();
    }
}
