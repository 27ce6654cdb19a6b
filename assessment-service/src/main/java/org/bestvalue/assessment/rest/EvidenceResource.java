package org.bestvalue.assessment.rest;

import io.quarkus.hibernate.reactive.panache.Panache;
import org.bestvalue.eventkit.read.History;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.assessment.evidence.EvidenceDetails;
import org.bestvalue.assessment.evidence.EvidenceItem;
import org.bestvalue.assessment.evidence.EvidenceKind;
import org.bestvalue.assessment.application.EvidenceService;
import org.bestvalue.assessment.projection.EvidenceItemRow;
import org.bestvalue.assessment.projection.NarrativeEvidenceRow;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.bestvalue.assessment.application.AssessmentAggregates;
import org.bestvalue.eventkit.DerivedIds;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.RequestContext;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The council's evidence library. */
@Path("/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Reads are open to every role; each write names its own roles.
@RolesAllowed(Roles.EVERY_ROLE)
@Tag(name = "Evidence", description = "Documents, web pages, committee decisions and data behind the narratives")
public class EvidenceResource {
    @Inject
    EvidenceService evidence;
    @Inject
    RequestContext ctx;

    public record EvidenceView(UUID id, int revision, String title, EvidenceKind kind, String reference, String uri, String owner,
                               LocalDate date, String description, String contentHash, long version) {
        static EvidenceView of(Loaded<EvidenceItem> l) {
            EvidenceDetails d = l.state().details();
            return new EvidenceView(l.state().id(), l.state().revision(), d.title(), d.kind(), d.reference(), d.uri(), d.owner(), d.date(),
                    d.description(), d.contentHash(), l.version());
        }
    }

    /** The default order of evidence lists: by title, then id (unique). */

    /** An item as lists show it; {@code version} is the stream version. */
    public record EvidenceSummary(UUID id, String title, EvidenceKind kind, String reference, String uri, String owner, LocalDate date,
                                  String description, String contentHash, int revision, Instant updatedAt, long version) {
        static EvidenceSummary of(EvidenceItemRow r) {
            return new EvidenceSummary(r.id, r.title, EvidenceKind.valueOf(r.kind), r.reference, r.uri, r.owner, r.evidenceDate,
                    r.description, r.contentHash, r.revision, r.updatedAt, r.streamVersion);
        }
    }

    /** One narrative an item is linked to. */
    public record Usage(UUID narrativeId, UUID cycleId, String characteristicCode, Instant attachedAt) {
        static Usage of(NarrativeEvidenceRow r) {
            return new Usage(r.narrativeId, r.cycleId, r.characteristicCode, r.attachedAt);
        }
    }

    /** @param kind document, web-page, committee-decision or data; @param date the item's date, e.g. 2024-06-10 */
    public record EvidenceRequest(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 40) String kind,
                                  @Size(max = 500) String reference, @Size(max = 2000) String uri, @Size(max = 200) String owner,
                                  @Size(max = 10) String date, @Size(max = 10_000) String description, @Size(max = 80) String contentHash) {
        EvidenceDetails details() {
            return new EvidenceDetails(title, Enums.parse(EvidenceKind.class, kind, "kind"), reference, uri, owner, parsedDate(), description, contentHash);
        }

        private LocalDate parsedDate() {
            if (date == null || date.isBlank()) return null;
            try {
                return LocalDate.parse(date.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new org.bestvalue.eventkit.RuleViolation(400, "invalid-request", "date", "date must be a date such as 2024-06-10");
            }
        }
    }

    static final String EXAMPLE = """
            { "title": "Corporate Plan 2024-2028", "kind": "committee-decision", "reference": "Council minute 45/2024",
              "uri": "https://council.example/corporate-plan", "owner": "business-planning", "date": "2024-02-21",
              "description": "Sets the council's priorities; cited for L001 and CI001",
              "contentHash": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }""";

    @POST
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Add an item to the evidence library")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "corporate plan", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added; Location and ETag name the item")
    @APIResponse(responseCode = "422", description = "Neither reference nor uri (reference-or-uri-required), a web page without uri (uri-required), "
            + "a bad uri or content hash (invalid-uri, invalid-content-hash), or a date in the future (date-in-future)")
    @APIResponse(responseCode = "400", description = "title or kind missing, an unknown kind or a bad date (invalid-request)")
    public Uni<Response> add(@Valid @NotNull EvidenceRequest body) {
        var command = ctx.command();
        UUID id = DerivedIds.forCreate(command, AssessmentAggregates.EVIDENCE);
        return evidence.add(command, id, body.details())
                .map(l -> Answers.created("/evidence/" + id, l.version(), EvidenceView.of(l)));
    }

    @GET
    @WithSession
    @Operation(summary = "List the council's evidence library, paged; filter by kind",
            description = "Sort by title, date, kind, updatedAt or id; default title,id (e.g. sort=-date,title for the newest first).")
    public Uni<Page<EvidenceSummary>> list(@BeanParam PageParams params,
                                           @Parameter(description = "document, web-page, committee-decision or data") @QueryParam("kind") String kind) {
        PageRequest page = params.validate(EvidenceItemRow.SORTS);
        String kindFilter = kind == null || kind.isBlank() ? null : Enums.parse(EvidenceKind.class, kind, "kind").name();
        return EvidenceItemRow.ofCouncil(ctx.councilId(), kindFilter, page, EvidenceSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an evidence item at its latest revision; ETag = stream version")
    public Uni<Response> get(@PathParam("id") UUID id, @BeanParam IfNoneMatch ifNoneMatch) {
        return evidence.get(ctx.councilId(), id).map(l -> ifNoneMatch.ok(EvidenceView.of(l), l.version()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.AUTHOR, Roles.PLANNER})
    @Operation(summary = "Revise an evidence item (If-Match: the ETag read); every revision is kept")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "corporate plan", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "title or kind missing, an unknown kind or a bad date (invalid-request), or a malformed If-Match (invalid-if-match)")
    @APIResponse(responseCode = "422", description = "The revision breaks a rule of the item: neither reference nor uri (reference-or-uri-required), "
            + "a web page without uri (uri-required), a bad uri or content hash (invalid-uri, invalid-content-hash), "
            + "or a date in the future (date-in-future); a revision that changes nothing is no error")
    public Uni<Response> revise(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch, @Valid @NotNull EvidenceRequest body) {
        long expected = ifMatch.version();
        return evidence.revise(ctx.command(), id, expected, body.details()).map(EvidenceResource::ok);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The item's history: its addition and every revision, newest first, paged",
            description = "Each entry has version, type, at, actor and correlationId plus the event's fields (revision, title, kind …). "
                    + History.SORT_DOC)
    public Uni<Page<JsonNode>> history(@PathParam("id") UUID id, @BeanParam PageParams params) {
        PageRequest page = History.request(params);
        return evidence.history(ctx.councilId(), id).map(events -> History.page(events, page));
    }

    @GET
    @Path("/{id}/usage")
    @Operation(summary = "Where an evidence item is used: the narratives (cycle, characteristic) it is linked to, paged",
            description = "Sort by attachedAt, code or narrativeId; default attachedAt,narrativeId.")
    @APIResponse(responseCode = "200", description = "One page of links")
    public Uni<Page<Usage>> usage(@PathParam("id") UUID id, @BeanParam PageParams params) {
        PageRequest page = params.validate(NarrativeEvidenceRow.SORTS);
        String council = ctx.councilId();
        return evidence.get(council, id).chain(l -> Panache.withSession(() -> NarrativeEvidenceRow.usage(council, id, page, Usage::of)));
    }

    private static Response ok(Loaded<EvidenceItem> l) {
        return Answers.ok(l.version(), EvidenceView.of(l));
    }
}
