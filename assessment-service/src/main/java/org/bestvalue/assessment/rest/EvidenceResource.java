package org.bestvalue.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.bestvalue.assessment.evidence.EvidenceDetails;
import org.bestvalue.assessment.evidence.EvidenceItem;
import org.bestvalue.assessment.evidence.EvidenceKind;
import org.bestvalue.assessment.service.EvidenceService;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The council's evidence library. */
@Path("/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "Documents, web pages, committee decisions and data behind the narratives")
public class EvidenceResource {
    @Inject
    EvidenceService evidence;
    @Inject
    Commands commands;

    public record EvidenceView(UUID id, int revision, String title, EvidenceKind kind, String reference, String uri, String owner,
                               LocalDate date, String description, String contentHash, long version) {
        static EvidenceView of(Loaded<EvidenceItem> l) {
            EvidenceDetails d = l.state().details();
            return new EvidenceView(l.state().id(), l.state().revision(), d.title(), d.kind(), d.reference(), d.uri(), d.owner(), d.date(),
                    d.description(), d.contentHash(), l.version());
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
    @RolesAllowed(Roles.AUTHOR)
    @Operation(summary = "Add an item to the evidence library")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "corporate plan", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added; Location and ETag name the item")
    @APIResponse(responseCode = "422", description = "Neither reference nor uri, a web page without uri, a bad uri or content hash")
    public Uni<Response> add(@Valid @NotNull EvidenceRequest body) {
        UUID id = UUID.randomUUID();
        return evidence.add(commands.context(), id, body.details())
                .map(l -> Response.created(URI.create("/evidence/" + id)).tag(StreamVersions.etag(l.version())).entity(EvidenceView.of(l)).build());
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List the council's evidence library")
    public Uni<List<EvidenceService.EvidenceSummary>> list() {
        return evidence.list(commands.councilId(), null);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read an evidence item at its latest revision; ETag = stream version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return evidence.get(commands.councilId(), id).map(EvidenceResource::ok);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.AUTHOR)
    @Operation(summary = "Revise an evidence item (If-Match: the ETag read); every revision is kept")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "corporate plan", value = EXAMPLE)))
    public Uni<Response> revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull EvidenceRequest body) {
        long expected = StreamVersions.fromIfMatch(ifMatch);
        return evidence.revise(commands.context(), id, expected, body.details()).map(EvidenceResource::ok);
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every revision of an evidence item, with who made it and when")
    public Uni<List<EvidenceService.EvidenceRevision>> revisions(@PathParam("id") UUID id) {
        return evidence.revisions(commands.councilId(), id);
    }

    @GET
    @Path("/{id}/usage")
    @RolesAllowed({Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Where an evidence item is used: the narratives (cycle, characteristic) it is attached to")
    public Uni<List<EvidenceService.Usage>> usage(@PathParam("id") UUID id) {
        return evidence.usage(commands.councilId(), id);
    }

    private static Response ok(Loaded<EvidenceItem> l) {
        return Response.ok(EvidenceView.of(l)).tag(StreamVersions.etag(l.version())).build();
    }
}
