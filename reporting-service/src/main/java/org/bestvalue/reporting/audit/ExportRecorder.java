package org.bestvalue.reporting.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.eventkit.store.EventStore;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Implements {@link AuditedExport}: after a successful answer (2xx; a 304 hands nothing out) of an annotated method,
 * in one of the formats the annotation names, it appends a {@link DocumentExported} — who (the token's user and
 * roles), which document, the format and file name, the path and query parameters — before the answer leaves. If the
 * record cannot be written the export fails (500) rather than leave the suite unrecorded.
 */
@ApplicationScoped
public class ExportRecorder {
    static final Set<String> COUNCIL_ROLES = Set.of(Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR,
            Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN);

    @Inject
    EventStore store;
    @Inject
    ObjectMapper mapper;
    @Inject
    RequestContext ctx;
    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        AuditedExport export = method == null ? null : method.getAnnotation(AuditedExport.class);
        if (export == null || response.getStatus() < 200 || response.getStatus() >= 300) return Uni.createFrom().voidItem();
        String format = response.getMediaType() == null ? "" : response.getMediaType().getType() + "/"
                + response.getMediaType().getSubtype();
        if (export.formats().length > 0 && Arrays.stream(export.formats()).noneMatch(f -> f.equalsIgnoreCase(format))) {
            return Uni.createFrom().voidItem();
        }
        var parameters = new TreeMap<String, String>();
        var uri = request.getUriInfo();
        uri.getPathParameters().forEach((k, v) -> parameters.put(k, String.join(",", v)));
        uri.getQueryParameters().forEach((k, v) -> parameters.put(k, String.join(",", v)));
        var roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(COUNCIL_ROLES);
        return DocumentExported.record(store, mapper, ctx.command(), export.value(), format, filename(response),
                parameters, roles);
    }

    private static String filename(ContainerResponseContext response) {
        String disposition = response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition == null) return "";
        int at = disposition.indexOf("filename=");
        return at < 0 ? "" : disposition.substring(at + "filename=".length()).replace("\"", "").trim();
    }
}
