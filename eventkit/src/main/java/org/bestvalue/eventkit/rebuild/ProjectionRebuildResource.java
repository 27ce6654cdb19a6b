package org.bestvalue.eventkit.rebuild;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /admin/projections/rebuild} in every service that projects its own event store. Reporting, whose
 * read models are projected from the topics, has its own rebuild on the same path and turns this one off
 * ({@code eventkit.projections.rebuilt-from=topics}).
 */
@Path("/admin/projections/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@UnlessBuildProperty(name = "eventkit.projections.rebuilt-from", stringValue = "topics", enableIfMissing = true)
public class ProjectionRebuildResource {
    @Inject
    ProjectionRebuild rebuild;
    @Inject
    RequestContext ctx;

    /** What a rebuild did: whose rows it rebuilt (null: every council's) and how many events it replayed. */
    public record Rebuilt(String councilId, long eventsReplayed) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Rebuild this service's query tables from its event store",
            description = "A council's admin rebuilds its own council's rows; the platform operator every council's (councilId null). "
                    + "No body. The rows are deleted and replayed in one transaction: readers see the old rows until the new "
                    + "ones are complete, and the rebuilt rows equal the ones the live appends wrote.")
    @APIResponse(responseCode = "200", description = "Rebuilt: whose rows, and how many events were replayed")
    public Uni<Rebuilt> rebuild() {
        if (ctx.hasRole(Roles.OPERATOR)) return rebuild.rebuildEveryCouncil().map(n -> new Rebuilt(null, n));
        String council = ctx.councilId();
        return rebuild.rebuild(council).map(n -> new Rebuilt(council, n));
    }
}
