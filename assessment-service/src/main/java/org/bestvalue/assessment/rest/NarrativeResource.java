package org.bestvalue.assessment.rest;

import io.quarkus.hibernate.reactive.panache.Panache;
import org.bestvalue.eventkit.read.History;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.assessment.application.CommentThreadService;
import org.bestvalue.assessment.application.NarrativeService;
import org.bestvalue.assessment.narrative.Narrative;
import org.bestvalue.assessment.narrative.NarrativeCommand;
import org.bestvalue.assessment.narrative.NarrativeDecider;
import org.bestvalue.assessment.narrative.NarrativeStatus;
import org.bestvalue.assessment.projection.CommentThreadRow;
import org.bestvalue.assessment.projection.EvidenceItemRow;
import org.bestvalue.assessment.projection.NarrativeRow;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.people.PeopleDirectory;
import org.bestvalue.eventkit.people.Person;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** Narratives (position statements): one per cycle and characteristic, addressed by the characteristic's code. */
@Path("/cycles/{cycleId}/narratives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Reads are open to every role; each write names its own roles.
@RolesAllowed(Roles.EVERY_ROLE)
@Tag(name = "Narratives", description = "Position statements per characteristic, with their history, contributors, review status and evidence")
public class NarrativeResource {
    @Inject
    NarrativeService narratives;
    @Inject
    RequestContext ctx;
    @Inject
    PeopleDirectory people;
    @Inject
    CommentThreadService threads;

    /** @param people the author and every contributor by name and job title, keyed by user id */
    public record NarrativeView(UUID id, UUID cycleId, String characteristicCode, NarrativeStatus status, int revision, String text,
                                String authorId, List<Narrative.Contributor> contributors, List<UUID> evidenceIds, long version,
                                Map<String, Person> people) {
        static NarrativeView of(Loaded<Narrative> l, Map<String, Person> people) {
            Narrative n = l.state();
            return new NarrativeView(n.id(), n.cycleId(), n.characteristicCode(), n.status(), n.current().revision(), n.current().text(),
                    n.current().authorId(), n.contributors(), new ArrayList<>(n.evidenceIds()), l.version(), people);
        }
    }

    // The narrative as people read it: its author and contributors named.
    private Uni<NarrativeView> view(Loaded<Narrative> l) {
        List<String> ids = new ArrayList<>();
        ids.add(l.state().current().authorId());
        l.state().contributors().forEach(c -> ids.add(c.userId()));
        return people.lookup(ids).map(who -> NarrativeView.of(l, who));
    }

    /** A narrative as the list shows it (no text); {@code version} is the stream version. */
    public record NarrativeSummary(UUID id, String characteristicCode, String status, int revision, String lastAuthorId,
                                   int contributorCount, int evidenceCount, Instant updatedAt, long version) {
        static NarrativeSummary of(NarrativeRow r) {
            return new NarrativeSummary(r.id, r.characteristicCode, r.status, r.revision, r.lastAuthorId, r.contributorCount,
                    r.evidenceCount, r.updatedAt, r.streamVersion);
        }
    }

    public record DraftRequest(@NotBlank @Size(max = 20) String characteristicCode,
                               @NotBlank @Size(max = NarrativeDecider.MAX_TEXT) String text) {
    }

    public record ReviseRequest(@NotBlank @Size(max = NarrativeDecider.MAX_TEXT) String text) {
    }

    public record ContributorRequest(@NotBlank @Size(max = 200) String userId, @NotBlank @Size(max = NarrativeDecider.MAX_ROLE) String role) {
    }

    public record RemoveContributorRequest(@NotBlank @Size(max = NarrativeDecider.MAX_REASON) String reason) {
    }

    public record AttachRequest(@NotNull UUID evidenceId) {
    }

    @GET
    @Operation(summary = "List the cycle's narratives, paged; filter by theme and status",
            description = "Sort by code, status, updatedAt or revision; default code (unique in a cycle).")
    public Uni<Page<NarrativeSummary>> list(@PathParam("cycleId") UUID cycleId, @BeanParam PageParams params,
                                            @Parameter(description = "A theme code, e.g. CI") @QueryParam("theme") String theme,
                                            @Parameter(description = "DRAFT, READY_FOR_REVIEW or MORE_EVIDENCE_REQUESTED") @QueryParam("status") String status) {
        PageRequest page = params.validate(NarrativeRow.SORTS);
        String statusFilter = statusFilter(status);
        String council = ctx.councilId();
        String themeFilter = theme == null || theme.isBlank() ? null : theme.trim();
        return narratives.codesOfTheme(council, cycleId, themeFilter)
                .chain(codes -> Panache.withSession(() -> NarrativeRow.ofCycle(council, cycleId, codes, statusFilter, page, NarrativeSummary::of)));
    }

    @POST
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Draft the narrative for a characteristic of the cycle's framework (revision 1)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "CI011", value = """
            { "characteristicCode": "CI011", "text": "Resident engagement informs improvement efforts: a citizens' panel is planned ..." }""")))
    @APIResponse(responseCode = "201", description = "Drafted; Location and ETag name the narrative")
    @APIResponse(responseCode = "400", description = "characteristicCode or text missing or too long (invalid-request)")
    @APIResponse(responseCode = "409", description = "The cycle already has a narrative for the characteristic (narrative-exists), or is closed (cycle-closed)")
    @APIResponse(responseCode = "422", description = "Unknown characteristic (unknown-characteristic), or a cross-reference cell such as G002 "
            + "(cross-reference-characteristic; field characteristicCode)")
    public Uni<Response> draft(@PathParam("cycleId") UUID cycleId, @Valid @NotNull DraftRequest body) {
        return narratives.draft(ctx.command(), cycleId, body.characteristicCode().trim(), body.text())
                .chain(l -> view(l).map(v -> Answers.created("/cycles/" + cycleId + "/narratives/" + l.state().characteristicCode(),
                        l.version(), v)));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a narrative at its latest revision; ETag = stream version")
    public Uni<Response> get(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @BeanParam IfNoneMatch ifNoneMatch) {
        return narratives.get(ctx.councilId(), cycleId, code).chain(l -> view(l).map(v -> ifNoneMatch.ok(v, l.version())));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Revise a narrative (If-Match: the ETag read); every revision is kept")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "revision", value = "{ \"text\": \"Updated after the workshop with heads of service ...\" }")))
    @APIResponse(responseCode = "400", description = "text missing or too long (invalid-request), or a malformed If-Match (invalid-if-match)")
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict; problem+json carries currentVersion) or closed cycle (cycle-closed)")
    public Uni<Response> revise(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                @BeanParam IfMatch ifMatch, @Valid @NotNull ReviseRequest body) {
        long expected = ifMatch.version();
        String actor = ctx.userId();
        return decide(cycleId, code, expected, open -> new NarrativeCommand.ReviseNarrative(body.text(), actor, open));
    }

    @GET
    @Path("/{code}/history")
    @Operation(summary = "The narrative's history: revisions, contributors, status changes, evidence links and resolved comment threads, newest first, paged",
            description = "Each entry has version, type, at, actor, correlationId and streamType (narrative or comment-thread) plus the "
                    + "event's fields; a resolved thread's entries carry its threadId. " + History.SORT_DOC)
    public Uni<Page<JsonNode>> history(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @BeanParam PageParams params) {
        PageRequest page = History.request(params);
        String council = ctx.councilId();
        return narratives.history(council, cycleId, code).chain(events -> events.isEmpty() ? Uni.createFrom().item(History.page(events, page))
                : Panache.withSession(() -> CommentThreadRow.resolvedOf(council, UUID.fromString(events.get(0).streamId())))
                        .chain(ids -> threads.events(council, ids))
                        .map(threadEvents -> NarrativeHistory.page(events, threadEvents, page)));
    }

    @POST
    @Path("/{code}/contributors")
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Record a contributor (e.g. a workshop participant) with their role")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "workshop", value = "{ \"userId\": \"0b7c1f5e-head-of-finance\", \"role\": \"workshop participant\" }")))
    @APIResponse(responseCode = "400", description = "userId or role missing or too long (invalid-request), or a malformed If-Match (invalid-if-match)")
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict) or closed cycle (cycle-closed)")
    public Uni<Response> contributor(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                     @BeanParam IfMatch ifMatch, @Valid @NotNull ContributorRequest body) {
        long expected = ifMatch.version();
        return decide(cycleId, code, expected, open -> new NarrativeCommand.RecordContributor(body.userId().trim(), body.role(), open));
    }

    @POST
    @Path("/{code}/contributors/{userId}/remove")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Remove a contributor recorded by mistake, with a reason (kept in the history)",
            description = "Scoring's independence rule stops counting the user for this narrative: a reviewer, moderator "
                    + "or leader wrongly recorded as a contributor may then act on the characteristic.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mistake", value = "{ \"reason\": \"Recorded by mistake: attended as the theme's independent reviewer\" }")))
    @APIResponse(responseCode = "200", description = "Removed; the narrative with its new ETag")
    @APIResponse(responseCode = "400", description = "No reason, or one too long (invalid-request, field reason), or a malformed If-Match (invalid-if-match)")
    @APIResponse(responseCode = "404", description = "No such narrative (not-found), or the user is not a contributor (not-a-contributor)")
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict) or closed cycle (cycle-closed)")
    public Uni<Response> removeContributor(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                           @PathParam("userId") String userId,
                                           @BeanParam IfMatch ifMatch,
                                           @Valid @NotNull RemoveContributorRequest body) {
        long expected = ifMatch.version();
        return decide(cycleId, code, expected, open -> new NarrativeCommand.RemoveContributor(userId, body.reason(), open));
    }

    @POST
    @Path("/{code}/mark-ready")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Mark the narrative ready for review (from DRAFT or MORE_EVIDENCE_REQUESTED)")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (invalid-status-change), stale If-Match (concurrency-conflict) "
            + "or closed cycle (cycle-closed)")
    public Uni<Response> markReady(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                   @BeanParam IfMatch ifMatch) {
        return changeStatus(cycleId, code, ifMatch, NarrativeStatus.READY_FOR_REVIEW);
    }

    @POST
    @Path("/{code}/return-to-draft")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Take a narrative that is ready for review back to draft")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (invalid-status-change), stale If-Match (concurrency-conflict) "
            + "or closed cycle (cycle-closed)")
    public Uni<Response> returnToDraft(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                       @BeanParam IfMatch ifMatch) {
        return changeStatus(cycleId, code, ifMatch, NarrativeStatus.DRAFT);
    }

    @POST
    @Path("/{code}/request-evidence")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.PLANNER})
    @Operation(summary = "Ask the authors for more evidence on a narrative that is ready for review",
            description = "The narrative becomes MORE_EVIDENCE_REQUESTED until the authors mark it ready again. A body is not needed.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (invalid-status-change), stale If-Match (concurrency-conflict) "
            + "or closed cycle (cycle-closed)")
    public Uni<Response> requestEvidence(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                         @BeanParam IfMatch ifMatch) {
        return changeStatus(cycleId, code, ifMatch, NarrativeStatus.MORE_EVIDENCE_REQUESTED);
    }

    @GET
    @Path("/{code}/evidence")
    @Operation(summary = "The evidence items linked to a narrative, paged",
            description = "Sort by title, date, kind, updatedAt or id; default title,id.")
    public Uni<Page<EvidenceResource.EvidenceSummary>> evidence(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                                                 @BeanParam PageParams params) {
        PageRequest page = params.validate(EvidenceItemRow.SORTS);
        String council = ctx.councilId();
        return narratives.get(council, cycleId, code)
                .chain(l -> Panache.withSession(() -> EvidenceItemRow.among(council, l.state().evidenceIds(), page, EvidenceResource.EvidenceSummary::of)));
    }

    @POST
    @Path("/{code}/evidence")
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Link an evidence item of the library to a narrative")
    @APIResponse(responseCode = "400", description = "evidenceId missing (invalid-request) or not an id (malformed-body), or a malformed If-Match (invalid-if-match)")
    @APIResponse(responseCode = "409", description = "Already linked (evidence-already-attached), stale If-Match (concurrency-conflict) or closed cycle (cycle-closed)")
    @APIResponse(responseCode = "422", description = "No such evidence item (unknown-evidence; field evidenceId)")
    public Uni<Response> attach(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
                                @BeanParam IfMatch ifMatch, @Valid @NotNull AttachRequest body) {
        long expected = ifMatch.version();
        String council = ctx.councilId();
        return narratives.decide(ctx.command(), cycleId, code, expected,
                        cycle -> narratives.evidenceExists(council, body.evidenceId())
                                .map(exists -> new NarrativeCommand.AttachEvidence(body.evidenceId(), exists, cycle.acceptsWrites())))
                .chain(this::ok);
    }

    @DELETE
    @Path("/{code}/evidence/{evidenceId}")
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Unlink an evidence item from a narrative (the item stays in the library)")
    @APIResponse(responseCode = "404", description = "No such narrative (not-found), or the item is not linked to it (evidence-not-attached)")
    @APIResponse(responseCode = "409", description = "Stale If-Match (concurrency-conflict) or closed cycle (cycle-closed)")
    public Uni<Response> detach(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @PathParam("evidenceId") UUID evidenceId,
                                @BeanParam IfMatch ifMatch) {
        long expected = ifMatch.version();
        return decide(cycleId, code, expected, open -> new NarrativeCommand.DetachEvidence(evidenceId, open));
    }

    private Uni<Response> changeStatus(UUID cycleId, String code, IfMatch ifMatch, NarrativeStatus to) {
        long expected = ifMatch.version();
        return decide(cycleId, code, expected, open -> new NarrativeCommand.ChangeStatus(to, open));
    }

    /** A command that needs only whether the cycle still accepts writes. */
    private Uni<Response> decide(UUID cycleId, String code, long expected, Function<Boolean, NarrativeCommand> command) {
        return narratives.decide(ctx.command(), cycleId, code, expected,
                        cycle -> Uni.createFrom().item(command.apply(cycle.acceptsWrites())))
                .chain(this::ok);
    }

    private static String statusFilter(String status) {
        if (status == null || status.isBlank()) return null;
        try {
            return NarrativeStatus.valueOf(status.trim().toUpperCase(Locale.ROOT).replace('-', '_')).name();
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(400, "invalid-status", "status",
                    "status must be one of DRAFT, READY_FOR_REVIEW, MORE_EVIDENCE_REQUESTED");
        }
    }

    private Uni<Response> ok(Loaded<Narrative> l) {
        return view(l).map(v -> Answers.ok(l.version(), v));
    }
}
