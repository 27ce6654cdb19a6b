package org.bestvalue.reporting.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import org.bestvalue.reporting.application.Benchmarks;
import org.bestvalue.reporting.benchmark.SectorBenchmark;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sector benchmark for residents, without a token: the same anonymised counts as sharing councils see, over the
 * published cycles of the councils that share only (each as of its published snapshot), and no standing.
 */
@Path("/public/benchmark/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public view")
public class PublicBenchmarkResource {
    @Inject
    Benchmarks benchmarks;
    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/{label}")
    @PermitAll
    @Operation(summary = "The public sector benchmark on a framework version, by its label (e.g. statutory-2024)",
            description = "Per characteristic, how many sharing councils published each final colour; suppressed, with the reason, "
                    + "where fewer than " + SectorBenchmark.MINIMUM_COUNCILS + " councils have one. No council is named.")
    @APIResponseSchema(value = SectorBenchmark.Benchmark.class, responseDescription = "The benchmark")
    @APIResponse(responseCode = "404", description = "No council has a framework version with this label (not-found)")
    public Uni<Response> benchmark(@PathParam("label") @Size(max = 100) String label, @BeanParam IfNoneMatch ifNoneMatch) {
        return benchmarks.published(label).map(b -> ifNoneMatch.json(b, mapper));
    }
}
