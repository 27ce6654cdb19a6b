package org.bestvalue.eventkit.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * A NUL character ({@code %00}) in the path or a query parameter is refused with 400 {@code bad-request} naming
 * where it is, before any resource sees it: PostgreSQL cannot hold one in text, so a lookup with it would fail
 * with 500 instead of the 404/400 any other unknown id gets.
 */
public class NulCharacters {
    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request) {
        String field = null;
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            field = "path";
        } else {
            MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
            for (Map.Entry<String, List<String>> e : query.entrySet()) {
                boolean nul = e.getKey().indexOf('\u0000') >= 0 || e.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0);
                if (nul) {
                    field = e.getKey().replace('\u0000', '?');
                    break;
                }
            }
        }
        if (field == null) return null;
        Problem p = new Problem(ProblemMappers.TYPE_BASE + "bad-request", "Bad Request", 400,
                "The " + (field.equals("path") ? "path" : "query parameter '" + field + "'") + " contains a NUL character (%00)",
                request.getUriInfo().getPath().replace('\u0000', '?')).with("field", field);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
