package org.bestvalue.eventkit.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code If-None-Match} header of a conditional read, as a {@code @BeanParam}: its answers are
 * {@link Conditional}'s (304 when the header names the current ETag). Declaring it documents the header, and
 * {@link SuiteOpenApi} adds the 304 to every operation that takes it, so a resource does not repeat either.
 */
public class IfNoneMatch {
    @HeaderParam("If-None-Match")
    @Parameter(description = "An ETag you read; 304 Not Modified while it is still the current one")
    String value;
    @Context
    Request request;

    /** A stream-backed resource: its ETag is the version a write names in If-Match. */
    public Response ok(Object entity, long version) {
        return Conditional.ok(request, entity, version);
    }

    /** A JSON document: its ETag is a digest of the JSON. */
    public Response json(Object entity, ObjectMapper mapper) {
        return Conditional.json(request, entity, mapper);
    }

    /** A text file (e.g. CSV): its ETag is a digest of the text; a filename makes it an attachment. */
    public Response text(String body, String mediaType, String filename) {
        return Conditional.text(request, body, mediaType, filename);
    }

    /** A binary file (PDF, DOCX, XLSX): its ETag is a digest of the bytes; a filename makes it an attachment. */
    public Response bytes(byte[] body, String mediaType, String filename) {
        return Conditional.bytes(request, body, mediaType, filename);
    }

    /** A document kept with its ETag ({@link Conditional#etagOf}): answered without digesting it again. */
    public Response kept(byte[] body, String etag, String mediaType, String filename) {
        return Conditional.kept(request, body, etag, mediaType, filename);
    }
}
