package org.bestvalue.reporting.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.reporting.audit.AuditEntry;
import org.bestvalue.reporting.audit.AuditLog;
import org.bestvalue.reporting.audit.AuditLogExports;
import org.bestvalue.reporting.audit.AuditLogFilter;
import org.bestvalue.reporting.audit.AuditedExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

import static org.bestvalue.reporting.rest.Formats.CSV;
import static org.bestvalue.reporting.rest.Formats.CSV_UTF8;
import static org.bestvalue.reporting.rest.Formats.JSON;
import static org.bestvalue.reporting.rest.Formats.XLSX;

/**
 * The council's audit log: every change in every service, one entry per event, filtered, paged and sorted, and
 * exported whole as CSV or XLSX (an export is itself recorded in the log). The auditor's alone, as the brief names
 * the auditor as the user who audits score history; an admin administers the suite and does not read the log.
 */
@Path("/reports/audit-log")
@Produces(JSON)
@Tag(name = "Audit log")
@RolesAllowed(Roles.AUDITOR)
public class AuditLogResource {
    static final String DATE_DOC = "An instant (2024-06-10T12:00:00Z) or a date (2024-06-10: from the start of that day,"
            + " to its end, in England)";

    @Inject
    AuditLog log;
    @Inject
    RequestContext ctx;
    @Inject
    java.time.Clock clock;

    @GET
    @Produces({JSON, CSV, XLSX})
    @AuditedExport(value = "audit-log", formats = {CSV, XLSX})
    @Operation(summary = "The council's audit log: one entry per event of every service, who, as what role, when, what"
            + " changed from → to, why; paged, or every entry as CSV or XLSX",
            description = "Filters (each optional): actor (user id), type (event type), cycleId, characteristicCode, theme,"
                    + " from, to. Sort by at, type, actor, cycleId, characteristicCode, eventId (prefix '-' for descending);"
                    + " default -at,eventId. Accept text/csv or the spreadsheet type for a file of every matching entry"
                    + " (never capped, in the same order); each such export is recorded in the log.")
    @APIResponse(responseCode = "200", description = "A page of entries, or the file Accept asks for", content = {
            @Content(mediaType = JSON, schema = @Schema(implementation = AuditLogPage.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A filter is malformed or unknown, or from is after to (invalid-filter,"
            + " naming the parameter)")
    public Uni<Response> auditLog(@BeanParam PageParams params,
                                  @Parameter(description = "Only this user's actions (their user id)")
                                  @QueryParam("actor") @Size(max = 100) String actor,
                                  @Parameter(description = "Only events of this type, e.g. ScoreModerated")
                                  @QueryParam("type") @Size(max = 100) String type,
                                  @Parameter(description = "Only this cycle") @QueryParam("cycleId") @Size(max = 100) String cycleId,
                                  @Parameter(description = "Only this characteristic (its code, e.g. CI010)")
                                  @QueryParam("characteristicCode") @Size(max = 20) String characteristicCode,
                                  @Parameter(description = "Only this theme (its code)") @QueryParam("theme") @Size(max = 20) String theme,
                                  @Parameter(description = "From this moment. " + DATE_DOC) @QueryParam("from") @Size(max = 40) String from,
                                  @Parameter(description = "Up to this moment. " + DATE_DOC) @QueryParam("to") @Size(max = 40) String to,
                                  @Context HttpHeaders headers, @BeanParam IfNoneMatch ifNoneMatch) {
        String format = Formats.choose(headers.getHeaderString(HttpHeaders.ACCEPT), JSON, CSV, XLSX);
        var order = params.validate(AuditLog.SORTS);
        var filter = AuditLogFilter.parse(actor, type, cycleId, characteristicCode, theme, from, to);
        String council = ctx.councilId();
        String filename = "audit-log-" + LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        Uni<Response> answer = switch (format) {
            case CSV -> log.all(council, filter, order)
                    .map(all -> ifNoneMatch.text(AuditLogExports.csv(all), CSV_UTF8, filename + ".csv"));
            case XLSX -> log.all(council, filter, order).emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(all -> ifNoneMatch.bytes(AuditLogExports.xlsx(all), XLSX, filename + ".xlsx"));
            default -> log.page(council, filter, order).map(p -> Response.ok(p, JSON).build());
        };
        return answer.map(Formats::varying);
    }

    /** The page envelope of entries, for the OpenAPI document. */
    @Schema(name = "AuditLogPage")
    public record AuditLogPage(java.util.List<AuditEntry> items, int page, int size, long total) {
    }
}
