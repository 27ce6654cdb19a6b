package org.bestvalue.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.assessment.cycle.Cycle;
import org.bestvalue.assessment.cycle.CycleCommand;
import org.bestvalue.assessment.application.CycleService;
import org.bestvalue.assessment.projection.CycleRow;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.ws.rs.BeanParam;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Assessment cycles: one per council and year, against one framework version. */
@Path("/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Reads are open to every role; each write names its own roles.
@RolesAllowed(Roles.EVERY_ROLE)
@Tag(name = "Cycles", description = "A year's self-assessment: open, snapshot, publish, close, carry forward")
public class CycleResource {
    @Inject
    CycleService cycles;
    @Inject
    RequestContext ctx;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    public record CycleView(UUID id, int year, String title, UUID frameworkVersionId, UUID carriedForwardFrom, Cycle.Status status,
                            List<Instant> snapshots, Instant publishedAsOf, long version) {
        static CycleView of(Cycle c, long version) {
            return new CycleView(c.id(), c.year(), c.title(), c.frameworkVersionId(), c.carriedForwardFrom(), c.status(),
                    c.snapshots(), c.publishedAsOf(), version);
        }

        static CycleView of(Loaded<Cycle> l) {
            return of(l.state(), l.version());
        }
    }

    /** A cycle as the list shows it; {@code version} is the stream version. */
    public record CycleSummary(UUID id, int year, String title, UUID frameworkVersionId, UUID carriedForwardFrom, String status,
                               Instant latestSnapshotAt, Instant publishedAsOf, long version) {
        static CycleSummary of(CycleRow r) {
            return new CycleSummary(r.id, r.year, r.title, r.frameworkVersionId, r.carriedForwardFrom, r.status, r.latestSnapshotAt,
                    r.publishedAsOf, r.streamVersion);
        }
    }

    public record OpenCycleRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String title,
                                   @NotNull UUID frameworkVersionId) {
    }

    /** @param asOf the instant to freeze at (ISO-8601); empty = now */
    public record SnapshotRequest(@Size(max = 40) String asOf) {
    }

    /** @param asOf which snapshot to publish; empty = the latest */
    public record PublishRequest(@Size(max = 40) String asOf) {
    }

    public record CarryForwardRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String title,
                                      UUID frameworkVersionId) {
    }

    public record CarryForwardView(CycleView cycle, List<CycleService.CarriedNarrative> narratives, List<String> dropped,
                                   List<String> startedEmpty) {
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Open the council's assessment cycle for a year against a framework version")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "2024", value = """
            { "year": 2024, "title": "Best Value self-assessment 2024", "frameworkVersionId": "5f0c3c7e-2b55-3c4e-9a53-0d4b2f0f4a11" }""")))
    @APIResponse(responseCode = "201", description = "Opened; Location and ETag name the cycle")
    @APIResponse(responseCode = "409", description = "The council already has a cycle for the year (cycle-year-exists)")
    @APIResponse(responseCode = "422", description = "Unknown framework version (unknown-framework-version)")
    @APIResponse(responseCode = "400", description = "year, title or frameworkVersionId missing or out of range (invalid-request), or of the wrong type (malformed-body)")
    public Uni<Response> open(@Valid @NotNull OpenCycleRequest body) {
        UUID id = UUID.randomUUID();
        return cycles.open(ctx.command(), id, body.year(), body.title(), body.frameworkVersionId())
                .map(l -> Answers.created("/cycles/" + id, l.version(), CycleView.of(l)));
    }

    @GET
    @WithSession
    @Operation(summary = "List the council's cycles, paged",
            description = "Sort by year, title or id; default -year,id (latest year first).")
    public Uni<Page<CycleSummary>> list(@BeanParam PageParams params) {
        PageRequest page = params.validate(CycleRow.SORTS);
        return CycleRow.ofCouncil(ctx.councilId(), page, CycleSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a cycle with its snapshots; ETag = stream version")
    public Uni<Response> get(@PathParam("id") UUID id, @BeanParam IfNoneMatch ifNoneMatch) {
        return cycles.get(ctx.councilId(), id).map(l -> ifNoneMatch.ok(CycleView.of(l), l.version()));
    }

    @POST
    @Path("/{id}/snapshots")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Freeze the heat-map as of an instant (default now); narratives keep changing afterwards")
    @RequestBody(required = false, content = @Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SnapshotRequest.class),
            examples = @ExampleObject(name = "as of 10 June 2024", value = "{ \"asOf\": \"2024-06-10T00:00:00Z\" }")))
    @APIResponse(responseCode = "409", description = "The cycle is closed (cycle-closed), the asOf is not after the latest snapshot (snapshot-not-after-latest), or the cycle changed since it was read (concurrency-conflict)")
    @APIResponse(responseCode = "400", description = "asOf is not an ISO-8601 instant (invalid-instant, invalid-request), the body is not JSON (malformed-body), or a malformed If-Match (invalid-if-match)")
    @APIResponse(responseCode = "422", description = "asOf in the future (snapshot-in-future)")
    public Uni<Response> snapshot(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch, String body) {
        long expected = ifMatch.version();
        var command = ctx.command();
        Instant asOf = parseInstant(asOf(body));
        return cycles.decide(command, id, expected, new CycleCommand.TakeSnapshot(asOf, command.now())).map(CycleResource::ok);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Publish a snapshot (default the latest) for the public view")
    @RequestBody(required = false, content = @Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = PublishRequest.class),
            examples = @ExampleObject(name = "the 10 June snapshot", value = "{ \"asOf\": \"2024-06-10T00:00:00Z\" }")))
    @APIResponse(responseCode = "409", description = "No snapshot taken yet (no-snapshot), already published (already-published), or the cycle changed since it was read (concurrency-conflict)")
    @APIResponse(responseCode = "422", description = "asOf names no snapshot of the cycle (unknown-snapshot)")
    public Uni<Response> publish(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch, String body) {
        long expected = ifMatch.version();
        Instant asOf = parseInstant(asOf(body));
        return cycles.decide(ctx.command(), id, expected, new CycleCommand.PublishCycle(asOf)).map(CycleResource::ok);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Close the cycle: its narratives and evidence links no longer change")
    @APIResponse(responseCode = "409", description = "Already closed (cycle-closed), or the cycle changed since it was read (concurrency-conflict)")
    public Uni<Response> close(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch) {
        long expected = ifMatch.version();
        return cycles.decide(ctx.command(), id, expected, new CycleCommand.CloseCycle()).map(CycleResource::ok);
    }

    @POST
    @Path("/{id}/carry-forward")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Open next year's cycle with this year's narratives and evidence links as starting drafts",
            description = "When the framework version changes, narratives follow the new version's mapping: removed characteristics "
                    + "are dropped (listed in 'dropped'), added ones start empty (listed in 'startedEmpty'). All or nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "2025 on the statutory guidance", value = """
            { "year": 2025, "title": "Best Value self-assessment 2025", "frameworkVersionId": "5f0c3c7e-2b55-3c4e-9a53-0d4b2f0f4a11" }""")))
    @APIResponse(responseCode = "201", description = "The new cycle and its drafts")
    @APIResponse(responseCode = "400", description = "year or title missing or out of range (invalid-request), or of the wrong type (malformed-body)")
    @APIResponse(responseCode = "409", description = "The council already has a cycle for the year (cycle-year-exists)")
    @APIResponse(responseCode = "422", description = "The year is not after this cycle's (year-not-after), the framework version is unknown (unknown-framework-version), "
            + "or it does not map onto this cycle's version (no-mapping-between-versions)")
    public Uni<Response> carryForward(@PathParam("id") UUID id, @Valid @NotNull CarryForwardRequest body) {
        UUID newId = UUID.randomUUID();
        return cycles.carryForward(ctx.command(), id, newId, body.year(), body.title(), body.frameworkVersionId())
                .map(c -> Answers.created("/cycles/" + newId, c.version(),
                        new CarryForwardView(CycleView.of(c.cycle(), c.version()), c.narratives(), c.dropped(), c.startedEmpty())));
    }

    // The body is optional ({"asOf": ...}), so it is read here rather than bound: a POST without one is fine.
    private String asOf(String body) {
        if (body == null || body.isBlank()) return null;
        try {
            var node = mapper.readTree(body);
            var v = node == null ? null : node.get("asOf");
            if (v == null || v.isNull()) return null;
            if (!v.isTextual()) throw new RuleViolation(400, "invalid-request", "asOf", "asOf must be an ISO-8601 instant");
            return v.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RuleViolation(400, "malformed-body", null, "The body is not valid JSON");
        }
    }

    private static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolation(400, "invalid-instant", "asOf", "asOf must be an ISO-8601 instant such as 2024-06-10T00:00:00Z");
        }
    }

    private static Response ok(Loaded<Cycle> l) {
        return Answers.ok(l.version(), CycleView.of(l));
    }
}
