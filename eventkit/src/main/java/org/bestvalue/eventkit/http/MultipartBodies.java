package org.bestvalue.eventkit.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Locale;

/**
 * No operation of the suite takes a multipart body (files come as JSON or CSV): one is refused with 415
 * {@code unsupported-media-type} before anything parses it, so a malformed multipart body is the client's 4xx, not
 * the form parser's 500.
 */
public class MultipartBodies {
    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.trim().toLowerCase(Locale.ROOT).startsWith("multipart/")) return null;
        Problem p = new Problem(ProblemMappers.TYPE_BASE + "unsupported-media-type", "Unsupported Media Type", 415,
                "No operation takes a multipart body: send JSON (or CSV where the operation says so)",
                request.getUriInfo().getPath()).with("field", "Content-Type");
        return Response.status(415).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
