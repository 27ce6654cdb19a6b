package org.bestvalue.reporting.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.reporting.application.CommitteeDocuments;
import org.bestvalue.reporting.audit.AuditedExport;
import org.bestvalue.reporting.rendering.PositionStatementBookDocx;
import org.bestvalue.reporting.rendering.PositionStatementBookPdf;
import org.bestvalue.reporting.rendering.ProgressReportPdf;
import org.bestvalue.reporting.rendering.ThemePackPdf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.bestvalue.reporting.rest.Formats.PDF;

/**
 * The documents the council takes to committee and to the LGA Corporate Peer Challenge: the position statement book
 * (PDF or Word), a theme's pack (PDF) and the progress report on the action plan (PDF). Scoped to the caller's council
 * (another council's cycle answers 404); the roles that take the committee pack take these; each answer is recorded
 * in the council's audit log.
 */
@Path("/reports/cycles")
@Tag(name = "Reports")
@RolesAllowed({Roles.PLANNER, Roles.LEADERSHIP, Roles.AUDITOR, Roles.ADMIN})
public class CommitteeDocumentsResource {
    static final String DOCX = PositionStatementBookDocx.MEDIA_TYPE;
    static final String AS_OF_DOC = "An instant (2024-06-10T12:00:00Z) or a date (2024-06-10, meaning the end of that day"
            + " in England). Omitted: as it stands now.";

    @Inject
    CommitteeDocuments documents;
    @Inject
    RequestContext ctx;

    @GET
    @Path("/{cycleId}/position-statements")
    @Produces({PDF, PositionStatementBookDocx.MEDIA_TYPE})
    @AuditedExport("position-statement-book")
    @Operation(summary = "The position statement book: every characteristic's guidance, narrative, evidence and score"
            + " with rationale, theme by theme, as of an instant",
            description = "PDF by default (cover, contents with page numbers, a bookmark per theme and characteristic, page"
                    + " numbers in the footer); Accept the Word type for a DOCX whose contents Word builds from its headings.")
    @APIResponse(responseCode = "200", description = "The book as a PDF or Word file", content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PositionStatementBookDocx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "asOf is not an instant or date (invalid-as-of)")
    public Uni<Response> positionStatements(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                            @Parameter(description = AS_OF_DOC) @QueryParam("asOf") String asOf,
                                            @Context HttpHeaders headers, @BeanParam IfNoneMatch ifNoneMatch) {
        String format = Formats.choose(headers.getHeaderString(HttpHeaders.ACCEPT), PDF, DOCX);
        return documents.book(ctx.councilId(), cycleId, AsOf.parse(asOf)).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(book -> DOCX.equals(format)
                        ? ifNoneMatch.bytes(PositionStatementBookDocx.render(book), DOCX,
                        "position-statements-" + book.cycle().year() + ".docx")
                        : ifNoneMatch.bytes(PositionStatementBookPdf.render(book), PDF,
                        "position-statements-" + book.cycle().year() + ".pdf"))
                .map(Formats::varying);
    }

    @GET
    @Path("/{cycleId}/themes/{themeCode}/pack")
    @Produces(PDF)
    @AuditedExport("theme-pack")
    @Operation(summary = "A theme's pack for the peer challenge: its heat-map row, narratives, scores and actions")
    @APIResponse(responseCode = "200", description = "The pack as a PDF file",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "asOf is not an instant or date (invalid-as-of), or a malformed theme code (invalid-request)")
    @APIResponse(responseCode = "404", description = "No such cycle in your council, or no such theme in its framework (not-found)")
    public Uni<Response> themePack(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                   @PathParam("themeCode") @Pattern(regexp = "[A-Za-z0-9_-]{1,20}") String theme,
                                   @Parameter(description = AS_OF_DOC) @QueryParam("asOf") String asOf,
                                   @BeanParam IfNoneMatch ifNoneMatch) {
        return documents.themePack(ctx.councilId(), cycleId, theme, AsOf.parse(asOf))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(p -> ifNoneMatch.bytes(ThemePackPdf.render(p), PDF,
                        "theme-pack-" + p.book().cycle().year() + "-" + p.theme().code() + ".pdf"));
    }

    @GET
    @Path("/{cycleId}/progress-report")
    @Produces(PDF)
    @AuditedExport("progress-report")
    @Operation(summary = "The committee's progress report on the action plan as of a date: done, in progress and overdue"
            + " by theme, what changed since the previous report, and the heat-map as it stands",
            description = "The previous report is the date named in since; omitted, the last quarter end (31 March, 30 June,"
                    + " 30 September, 31 December) before asOf.")
    @APIResponse(responseCode = "200", description = "The report as a PDF file",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "asOf or since is not a date (invalid-as-of, invalid-since), or since"
            + " is not before asOf (invalid-since)")
    public Uni<Response> progressReport(@PathParam("cycleId") @Size(max = 100) String cycleId,
                                        @Parameter(description = "The report's date (2025-01-15); omitted, today in England")
                                        @QueryParam("asOf") String asOf,
                                        @Parameter(description = "The previous report's date (2024-12-31); omitted, the last"
                                                + " quarter end before asOf")
                                        @QueryParam("since") String since,
                                        @BeanParam IfNoneMatch ifNoneMatch) {
        LocalDate day = date(asOf, "asOf", "invalid-as-of");
        LocalDate previous = date(since, "since", "invalid-since");
        return documents.progressReport(ctx.councilId(), cycleId, day, previous)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(r -> ifNoneMatch.bytes(ProgressReportPdf.render(r), PDF,
                        "progress-report-" + r.cycle().year() + "-" + r.asOf() + ".pdf"));
    }

    /** A date parameter: a date, or an instant whose day in England is taken. */
    private static LocalDate date(String value, String field, String code) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return java.time.Instant.parse(value).atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
            } catch (DateTimeParseException e2) {
                throw new RuleViolation(400, code, field, field + " must be a date (2025-01-15)");
            }
        }
    }
}
