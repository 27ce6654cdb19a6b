package org.bestvalue.reporting.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.reporting.application.Benchmarks;
import org.bestvalue.reporting.benchmark.SectorBenchmark;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sector benchmark as a sharing council sees it: the anonymised counts per colour, and where it stands. */
@Path("/reports/benchmark/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVERY_ROLE)
@Tag(name = "Sector benchmark")
public class BenchmarkResource {
    @Inject
    Benchmarks benchmarks;
    @Inject
    RequestContext ctx;
    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/{frameworkVersionId}")
    @Operation(summary = "The sector benchmark on one of the council's framework versions, with where the council stands",
            description = "Per characteristic, how many sharing councils reached each final colour (each council once: its latest "
                    + "cycle on a version with the same label that has final colours); suppressed, with the reason, where fewer "
                    + "than " + SectorBenchmark.MINIMUM_COUNCILS + " councils have one. No council is named.")
    @APIResponseSchema(value = SectorBenchmark.Benchmark.class, responseDescription = "The benchmark")
    @APIResponse(responseCode = "403", description = "The council does not share (benchmark-not-shared): its admin can join at POST /benchmark/sharing/join")
    public Uni<Response> benchmark(@PathParam("frameworkVersionId") @Size(max = 100) String frameworkVersionId,
                                   @BeanParam IfNoneMatch ifNoneMatch) {
        return benchmarks.forCouncil(ctx.councilId(), frameworkVersionId).map(b -> ifNoneMatch.json(b, mapper));
    }
}
