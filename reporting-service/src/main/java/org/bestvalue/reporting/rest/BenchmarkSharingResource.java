package org.bestvalue.reporting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.read.History;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.reporting.application.Benchmarks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The council's consent to the sector benchmark, a resource of its own (the council is the token's): read it, join,
 * leave, and its history. Joining and leaving are the council's decision, recorded by its admin; each is an event
 * (who, when), so the consent is auditable and every state of it is rebuilt from the event store.
 */
@Path("/benchmark/sharing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVERY_ROLE)
@Tag(name = "Sector benchmark", description = "Opt-in, anonymised comparison of final colours across councils")
public class BenchmarkSharingResource {
    @Inject
    Benchmarks benchmarks;
    @Inject
    RequestContext ctx;

    @GET
    @Operation(summary = "Whether the council shares its final colours with the sector benchmark, who decided and when",
            description = "ETag = the consent's version (\"0\" before the first decision): name it in If-Match to join or leave.")
    @APIResponseSchema(value = Benchmarks.Consent.class, responseDescription = "The consent")
    public Uni<Response> get(@BeanParam IfNoneMatch ifNoneMatch) {
        return benchmarks.consent(ctx.councilId()).map(c -> ifNoneMatch.ok(c, c.version()));
    }

    @POST
    @Path("/join")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Join the sector benchmark: the council's final colours are counted, anonymously",
            description = "The council's decision, recorded by its admin. No body. If-Match: the consent's ETag (\"0\" the first time).")
    @APIResponseSchema(value = Benchmarks.Consent.class, responseDescription = "Sharing; the new ETag")
    @APIResponse(responseCode = "409", description = "The council already shares (already-sharing), or the consent changed since it was read (concurrency-conflict)")
    public Uni<Response> join(@BeanParam IfMatch ifMatch) {
        long expected = ifMatch.version();
        return benchmarks.join(ctx.command(), expected).map(c -> Answers.ok(c.version(), c));
    }

    @POST
    @Path("/leave")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Leave the sector benchmark: the council's colours are no longer counted, and it no longer sees the benchmark",
            description = "The council's decision, recorded by its admin. No body. If-Match: the consent's ETag.")
    @APIResponseSchema(value = Benchmarks.Consent.class, responseDescription = "Not sharing; the new ETag")
    @APIResponse(responseCode = "409", description = "The council does not share (not-sharing), or the consent changed since it was read (concurrency-conflict)")
    public Uni<Response> leave(@BeanParam IfMatch ifMatch) {
        long expected = ifMatch.version();
        return benchmarks.leave(ctx.command(), expected).map(c -> Answers.ok(c.version(), c));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every decision on the council's consent: who joined or left, and when", description = History.SORT_DOC)
    public Uni<Page<JsonNode>> history(@BeanParam PageParams params) {
        PageRequest page = History.request(params);
        return benchmarks.history(ctx.councilId()).map(events -> History.page(events, page));
    }
}
