package org.bestvalue.eventkit.store;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's check that this service's event store is the history that happened (every council's streams). */
@Path("/admin/event-store/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ChainVerificationResource {
    @Inject
    ChainVerifier verifier;

    @GET
    @Blocking
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Recompute the hash chain of every stream of this service's event store; report the first break of "
            + "each broken stream (event-missing, hash-mismatch, out-of-order, payload-changed), the counts checked and the time taken")
    public ChainVerification.Report verify() {
        return verifier.verify();
    }
}
