package org.bestvalue.assessment.rest;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.assessment.narrative.Narrative;
import org.bestvalue.assessment.narrative.NarrativeCommand;
import org.bestvalue.assessment.narrative.NarrativeDecider;
import org.bestvalue.assessment.narrative.NarrativeStatus;
import org.bestvalue.assessment.service.EvidenceService;
import org.bestvalue.assessment.service.NarrativeService;
import org.bestvalue.eventkit.http.StreamVersions;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Narratives (position statements): one per cycle and characteristic, addressed by the characteristic's code. */
@Path("/cycles/{cycleId}/narratives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Narratives", description = "Position statements per characteristic, with revisions, contributors, review status and evidence")
public class NarrativeResource {
    @Inject
    NarrativeService narratives;
    @Inject
    EvidenceService evidence;
    @Inject
    Commands commands;

    public record NarrativeView(UUID id, UUID cycleId, String characteristicCode, NarrativeStatus status, int revision, String text,
                                String authorId, List<Narrative.Contributor> contributors, List<UUID> evidenceIds, long version) {
        static NarrativeView of(Loaded<Narrative> l) {
            Narrative n = l.state();
            return new NarrativeView(n.id(), n.cycleId(), n.characteristicCode(), n.status(), n.current().revision(), n.current().text(),
                    n.current().authorId(), n.contributors(), new ArrayList<>(n.evidenceIds()), l.version());
        }
    }

    public record DraftRequest(@NotBlank @Size(max = 20) String characteristicCode,
                               @NotBlank @Size(max = NarrativeDecider.MAX_TEXT) String text) {
    }

    public record ReviseRequest(@NotBlank @Size(max = NarrativeDecider.MAX_TEXT) String text) {
    }

    public record ContributorRequest(@NotBlank @Size(max = 200) String userId, @NotBlank @Size(max = NarrativeDecider.MAX_ROLE) String role) {
    }

    public record StatusRequest(@NotBlank @Size(max = 40) String to) {
    }

    public record AttachRequest(@NotNull UUID evidenceId) {
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List the cycle's narratives")
    public Uni<List<NarrativeService.NarrativeSummary>> list(@PathParam("cycleId") UUID cycleId) {
        return narratives.list(commands.councilId(), cycleId);
    }

    @POST
    @RolesAllowed(Roles.AUTHOR)
    @Operation(summary = "Draft the narrative for a characteristic of the cycle's framework (revision 1)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "CI011", value = """
            { "characteristicCode": "CI011", "text": "Resident engagement informs improvement efforts: a citizens' panel is planned ..." }""")))
    @APIResponse(responseCode = "201", description = "Drafted; Location and ETag name the narrative")
    @APIResponse(responseCode = "409", description = "The cycle already has a narrative for the characteristic, or is closed")
    @APIResponse(responseCode = "422", description = "Unknown characteristic, or a cross-reference cell such as G002 (field characteristicCode)")
    public Uni<Response> draft(@PathParam("cycleId") UUID cycleId, @Valid @NotNull DraftRequest body) {
        return narratives.draft(commands.context(), cycleId, body.characteristicCode().trim(), body.text())
                .map(l -> Response.created(URI.create("/cycles/" + cycleId + "/narratives/" + l.state().characteristicCode()))
                        .tag(StreamVersions.etag(l.version())).entity(NarrativeView.of(l)).build());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read a narrative at its latest revision; ETag = stream version")
    public Uni<Response> get(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code) {
        return narratives.get(commands.councilId(), cycleId, code).map(NarrativeResource::ok);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.AUTHOR)
    @Operation(summary = "Revise a narrative (If-Match: the ETag read); every revision is kept")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "revision", value = "{ \"text\": \"Updated after the workshop with heads of service ...\" }")))
    @APIResponse(responseCode = "409", description = "Stale If-Match (problem+json carries currentVersion) or closed cycle")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Uni<Response> revise(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReviseRequest body) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        var ctx = commands.context();
        return narratives.decide(ctx, cycleId, code, expected,
                        cycle -> Uni.createFrom().item(new NarrativeCommand.ReviseNarrative(body.text(), ctx.actor(), cycle.acceptsWrites())))
                .map(NarrativeResource::ok);
    }

    @GET
    @Path("/{code}/revisions")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every revision of a narrative, with author and time")
    public Uni<List<NarrativeService.RevisionView>> revisions(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code) {
        return narratives.revisions(commands.councilId(), cycleId, code);
    }

    @POST
    @Path("/{code}/contributors")
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Record a contributor (e.g. a workshop participant) with their role")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "workshop", value = "{ \"userId\": \"0b7c1f5e-head-of-finance\", \"role\": \"workshop participant\" }")))
    public Uni<Response> contributor(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ContributorRequest body) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        return narratives.decide(commands.context(), cycleId, code, expected,
                        cycle -> Uni.createFrom().item(new NarrativeCommand.RecordContributor(body.userId().trim(), body.role(), cycle.acceptsWrites())))
                .map(NarrativeResource::ok);
    }

    @POST
    @Path("/{code}/status")
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP})
    @Operation(summary = "Move a narrative through review: DRAFT → READY_FOR_REVIEW → MORE_EVIDENCE_REQUESTED → READY_FOR_REVIEW …",
            description = "Authors mark a narrative ready for review (or take it back to draft); reviewers, moderators, leadership "
                    + "and planners request more evidence.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ready", value = "{ \"to\": \"READY_FOR_REVIEW\" }")))
    public Uni<Response> status(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StatusRequest body) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        NarrativeStatus to = Enums.parse(NarrativeStatus.class, body.to(), "to");
        boolean allowed = to == NarrativeStatus.MORE_EVIDENCE_REQUESTED
                ? commands.hasRole(Roles.REVIEWER) || commands.hasRole(Roles.MODERATOR) || commands.hasRole(Roles.LEADERSHIP) || commands.hasRole(Roles.PLANNER)
                : commands.hasRole(Roles.AUTHOR) || commands.hasRole(Roles.PLANNER);
        if (!allowed) throw new ForbiddenException("Your role cannot move a narrative to " + to);
        return narratives.decide(commands.context(), cycleId, code, expected,
                        cycle -> Uni.createFrom().item(new NarrativeCommand.ChangeStatus(to, cycle.acceptsWrites())))
                .map(NarrativeResource::ok);
    }

    @GET
    @Path("/{code}/evidence")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The evidence items attached to a narrative")
    public Uni<List<EvidenceService.EvidenceSummary>> evidence(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code) {
        String council = commands.councilId();
        return narratives.get(council, cycleId, code)
                .chain(l -> evidence.list(council, new ArrayList<>(l.state().evidenceIds())));
    }

    @POST
    @Path("/{code}/evidence")
    @RolesAllowed(Roles.AUTHOR)
    @Operation(summary = "Attach an evidence item of the library to a narrative")
    @APIResponse(responseCode = "409", description = "Already attached, or stale If-Match")
    @APIResponse(responseCode = "422", description = "No such evidence item (field evidenceId)")
    public Uni<Response> attach(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AttachRequest body) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        String council = commands.councilId();
        return narratives.decide(commands.context(), cycleId, code, expected,
                        cycle -> narratives.evidenceExists(council, body.evidenceId())
                                .map(exists -> new NarrativeCommand.AttachEvidence(body.evidenceId(), exists, cycle.acceptsWrites())))
                .map(NarrativeResource::ok);
    }

    @DELETE
    @Path("/{code}/evidence/{evidenceId}")
    @RolesAllowed(Roles.AUTHOR)
    @Operation(summary = "Detach an evidence item from a narrative (the item stays in the library)")
    public Uni<Response> detach(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @PathParam("evidenceId") UUID evidenceId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        return narratives.decide(commands.context(), cycleId, code, expected,
                        cycle -> Uni.createFrom().item(new NarrativeCommand.DetachEvidence(evidenceId, cycle.acceptsWrites())))
                .map(NarrativeResource::ok);
    }

    private static Response ok(Loaded<Narrative> l) {
        return Response.ok(NarrativeView.of(l)).tag(StreamVersions.etag(l.version())).build();
    }
}
