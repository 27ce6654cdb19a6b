package org.bestvalue.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.assessment.framework.Characteristic;
import org.bestvalue.assessment.framework.FrameworkDiff;
import org.bestvalue.assessment.framework.FrameworkVersion;
import org.bestvalue.assessment.framework.MappingEntry;
import org.bestvalue.assessment.framework.Theme;
import org.bestvalue.assessment.framework.file.FrameworkFile;
import org.bestvalue.assessment.application.FrameworkService;
import org.bestvalue.assessment.projection.FrameworkVersionRow;
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

/** Framework versions: import (JSON or CSV), publish, read, and compare with the predecessor. */
@Path("/frameworks")
@Produces(MediaType.APPLICATION_JSON)
// Reads are open to every role; each write names its own roles.
@RolesAllowed(Roles.EVERY_ROLE)
@Tag(name = "Frameworks", description = "Versions of the Best Value guidance: themes, characteristics, cross-references and mappings")
public class FrameworkResource {
    @Inject
    FrameworkService frameworks;
    @Inject
    RequestContext ctx;

    /** A version as lists show it; {@code version} is the stream version. */
    public record FrameworkSummary(UUID id, String name, String label, String status, UUID predecessorId, int characteristicCount,
                                   int crossReferenceCount, int themeCount, Instant importedAt, Instant publishedAt, long version) {
        static FrameworkSummary of(FrameworkVersionRow r) {
            return r == null ? null : new FrameworkSummary(r.id, r.name, r.label, r.status, r.predecessorId, r.characteristicCount,
                    r.crossReferenceCount, r.themeCount, r.importedAt, r.publishedAt, r.streamVersion);
        }
    }

    /**
     * The result of the demo import: the shipped versions (the draft, the statutory guidance, and the council's
     * own 2025 list revised from it), and whether this call stored anything.
     */
    public record DemoImportView(FrameworkSummary draft, FrameworkSummary statutory, FrameworkSummary revised, boolean changed) {
    }

    /** A framework version as clients read it; {@code version} is the stream version (also the ETag). */
    public record FrameworkView(UUID id, String name, String label, FrameworkVersion.Status status, UUID predecessorId,
                                List<Theme> themes, List<Characteristic> characteristics, List<MappingEntry> mapping, long version) {
        static FrameworkView of(Loaded<FrameworkVersion> l) {
            FrameworkVersion v = l.state();
            return new FrameworkView(v.id(), v.name(), v.label(), v.status(), v.predecessorId(), v.themes(), v.characteristics(),
                    v.mapping(), l.version());
        }
    }

    static final String JSON_EXAMPLE = """
            {
              "name": "Best Value Duty: statutory guidance (May 2024)",
              "label": "statutory-2024",
              "predecessorLabel": "draft-2023",
              "themes": [ { "code": "CI", "title": "Continuous Improvement", "order": 1 } ],
              "characteristics": [
                { "code": "CI010", "themeCode": "CI", "title": "Taking part in Oflog's best-practice webinars", "order": 10 },
                { "code": "G002", "themeCode": "G", "title": "See CI012", "order": 2, "crossReferenceTo": "CI012" }
              ],
              "mapping": [ { "code": "CI010", "predecessorCode": null, "change": "ADDED" } ]
            }""";

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Import a framework version from a JSON or CSV file (FRAMEWORK-FORMAT.md)",
            description = "Nothing of a file with problems is stored; every problem is reported with its line and column. "
                    + "For CSV, name, label and the predecessor come from the query.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "statutory", value = JSON_EXAMPLE)),
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "draft", value = """
                    theme_code,theme_title,code,title,description,order,cross_reference_to,predecessor_code,change
                    CI,Continuous Improvement,CI001,"An improvement plan, owned and tracked",,1,,CI001,REWORDED
                    G,Governance,G002,See CI012,,2,CI012,,
                    ,,,,,,,PCE008,REMOVED"""))})
    @APIResponse(responseCode = "201", description = "Imported; Location and ETag name the new version")
    @APIResponse(responseCode = "422", description = "The body is missing or unreadable, or the file breaks the format or the rules "
            + "(invalid-framework-file): problem+json with errors[] {line, column, field, message}")
    @APIResponse(responseCode = "409", description = "The council already has a version with this label (duplicate-label)")
    @APIResponse(responseCode = "400", description = "The request cannot be read (bad-request)")
    @APIResponse(responseCode = "415", description = "Neither JSON nor CSV (unsupported-media-type)")
    public Uni<Response> importVersion(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                       @QueryParam("name") String name, @QueryParam("label") String label,
                                       @QueryParam("predecessorId") UUID predecessorId, @QueryParam("predecessorLabel") String predecessorLabel) {
        FrameworkService.Format format = contentType != null && contentType.toLowerCase().startsWith("text/csv")
                ? FrameworkService.Format.CSV : FrameworkService.Format.JSON;
        var command = ctx.command();
        FrameworkFile file = frameworks.read(format, body, name, label, predecessorId, predecessorLabel);
        UUID id = org.bestvalue.eventkit.DerivedIds.forCreate(command, "framework-version");
        return frameworks.importFile(command, id, file).map(l -> Answers.created("/frameworks/" + id, l.version(), FrameworkView.of(l)));
    }

    /**
     * A version proposed from the guide's wording, in the JSON import format (FRAMEWORK-FORMAT.md): edit it
     * (the mapping above all), then import it with {@code POST /frameworks} as a draft and publish it.
     */
    public record GuideProposalView(String name, String label, UUID predecessorId, List<Theme> themes,
                                    List<Characteristic> characteristics, List<MappingEntry> mapping) {
    }

    static final String GUIDE_EXAMPLE = """
            <h1>Best value standards and intervention</h1>
            <h3>1. Continuous improvement</h3>
            <p>What the theme is about ...</p>
            <h4>Characteristics of a well-functioning authority</h4>
            <ul>
              <li>First characteristic, in the guide's words</li>
              <li>Second characteristic</li>
            </ul>
            <h4>Indicators of potential failure</h4>
            <ul><li>(not read)</li></ul>""";

    @POST
    @Path("/guide-proposals")
    @Consumes({MediaType.TEXT_HTML, "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Propose a framework version from the published guide's own wording (nothing is stored)",
            description = "The body is the guide's web page saved as HTML (each theme's heading, under it a heading "
                    + "'Characteristics of a well-functioning authority' and a list), or its characteristics pasted as CSV "
                    + "(columns theme, characteristic) or JSON ({\"themes\": [{\"title\", \"characteristics\": [...]}]}). "
                    + "The answer is a version in the JSON import format: codes assigned as the council numbers its grid "
                    + "(CI001...; wording repeated under a later theme becomes a 'See ...' cross-reference), and with "
                    + "predecessorLabel or predecessorId a proposed mapping onto that version (same wording UNCHANGED, "
                    + "same code REWORDED, else ADDED; the rest REMOVED). Edit it, import it with POST /frameworks "
                    + "(a draft), then publish it. A page that does not fit answers 422 with the lines at fault.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "guide page", value = GUIDE_EXAMPLE)),
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "pasted", value = """
                    theme,characteristic
                    Continuous improvement,First characteristic
                    Continuous improvement,Second characteristic"""))})
    @APIResponse(responseCode = "200", description = "The proposed version, ready to edit and import")
    @APIResponse(responseCode = "422", description = "The page or list does not fit (invalid-framework-file): problem+json with errors[] {line, column, field, message}")
    @APIResponse(responseCode = "409", description = "The council already has a version with this label (duplicate-label)")
    @APIResponse(responseCode = "415", description = "Neither HTML, CSV nor JSON (unsupported-media-type)")
    public Uni<GuideProposalView> proposeFromGuide(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                                   @QueryParam("name") String name, @QueryParam("label") String label,
                                                   @QueryParam("predecessorId") UUID predecessorId,
                                                   @QueryParam("predecessorLabel") String predecessorLabel) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        FrameworkService.GuideFormat format = type.startsWith("text/html") ? FrameworkService.GuideFormat.HTML
                : type.startsWith("text/csv") ? FrameworkService.GuideFormat.CSV : FrameworkService.GuideFormat.JSON;
        return frameworks.proposeFromGuide(ctx.councilId(), format, body, name, label, predecessorId, predecessorLabel)
                .map(f -> new GuideProposalView(f.spec().name(), f.spec().label(), f.predecessorId(), f.spec().themes(),
                        f.spec().characteristics(), f.spec().mapping()));
    }

    @POST
    @Path("/import-demo")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Import the shipped demo framework: the draft guidance (2023), the statutory guidance (2024) mapped onto it, "
            + "and the demo council's own 2025 list (council-2025) mapped onto the statutory one",
            description = "Idempotent: the versions' ids follow from the council and label, so a second call stores nothing and "
                    + "answers the same ids with changed=false. The statutory and council-2025 versions are published.")
    @APIResponse(responseCode = "200", description = "The three versions, and whether this call stored anything")
    public Uni<DemoImportView> importDemo() {
        return frameworks.importDemo(ctx.command())
                .map(d -> new DemoImportView(FrameworkSummary.of(d.draft()), FrameworkSummary.of(d.statutory()),
                        FrameworkSummary.of(d.revised()), d.changed()));
    }

    @GET
    @WithSession
    @Operation(summary = "List the council's framework versions, paged",
            description = "Sort by label, importedAt or id; default -importedAt,id (newest first).")
    public Uni<Page<FrameworkSummary>> list(@BeanParam PageParams params) {
        PageRequest page = params.validate(FrameworkVersionRow.SORTS);
        return FrameworkVersionRow.ofCouncil(ctx.councilId(), page, FrameworkSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a framework version: themes, characteristics (with cross-references) and its mapping; ETag = stream version")
    public Uni<Response> get(@PathParam("id") UUID id, @BeanParam IfNoneMatch ifNoneMatch) {
        return frameworks.get(ctx.councilId(), id).map(l -> ifNoneMatch.ok(FrameworkView.of(l), l.version()));
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Publish a framework version (If-Match: the ETag read)")
    @APIResponse(responseCode = "409", description = "Already published (already-published), or the version changed since it was read (concurrency-conflict)")
    public Uni<Response> publish(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch) {
        long expected = ifMatch.version();
        return frameworks.publish(ctx.command(), id, expected)
                .map(l -> Answers.ok(l.version(), FrameworkView.of(l)));
    }

    @GET
    @Path("/{id}/diff")
    @Operation(summary = "Compare a version with its predecessor: counts and lists per kind of change",
            description = "For the demo statutory version: 41 UNCHANGED, 18 REWORDED, 2 REMOVED, 13 ADDED; L009 is listed in "
                    + "retainedByCouncil (removed from the guidance, kept by the council).")
    @APIResponse(responseCode = "400", description = "from is not a version id (invalid-request)")
    @APIResponse(responseCode = "422", description = "No predecessor (no-predecessor), or the versions are not linked by a mapping (no-mapping-between-versions)")
    public Uni<FrameworkDiff> diff(@PathParam("id") UUID id, @QueryParam("from") String from) {
        UUID fromId = null;
        if (from != null && !from.isBlank()) {
            try {
                fromId = UUID.fromString(from);
            } catch (IllegalArgumentException e) {
                throw new RuleViolation(400, "invalid-request", "from", "from must be a framework version id");
            }
        }
        return frameworks.diff(ctx.councilId(), id, fromId);
    }
}
