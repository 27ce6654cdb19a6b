package org.bestvalue.eventkit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Conditional GETs: every single resource and report document carries an ETag, and a request whose
 * {@code If-None-Match} names it is answered {@code 304 Not Modified} without a body.
 * A resource's ETag is its stream version; a document's is a digest of its bytes.
 */
public final class Conditional {
    private Conditional() {
    }

    /** A stream-backed resource: ETag = its version (the one a write names in If-Match). */
    public static Response ok(Request request, Object entity, long version) {
        EntityTag tag = StreamVersions.etag(version);
        Response.ResponseBuilder notModified = request == null ? null : request.evaluatePreconditions(tag);
        if (notModified != null) return notModified.tag(tag).build();
        return Response.ok(entity).tag(tag).build();
    }

    /** A JSON document (report, view): ETag = digest of its JSON. */
    public static Response json(Request request, Object entity, ObjectMapper mapper) {
        try {
            return bytes(request, mapper.writeValueAsBytes(entity), MediaType.APPLICATION_JSON, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + entity.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static Response text(Request request, String body, String mediaType, String filename) {
        return bytes(request, body.getBytes(StandardCharsets.UTF_8), mediaType, filename);
    }

    /** A file (CSV, XLSX, SVG, PDF): ETag = digest of its bytes; a filename makes it an attachment. */
    public static Response bytes(Request request, byte[] body, String mediaType, String filename) {
        return kept(request, body, etagOf(body), mediaType, filename);
    }

    /** A document kept with its ETag ({@link #etagOf}): answered without digesting it again. */
    public static Response kept(Request request, byte[] body, String etag, String mediaType, String filename) {
        EntityTag tag = new EntityTag(etag);
        Response.ResponseBuilder notModified = request == null ? null : request.evaluatePreconditions(tag);
        if (notModified != null) return notModified.tag(tag).build();
        Response.ResponseBuilder r = Response.ok(body, mediaType).tag(tag);
        if (filename != null) r.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        return r.build();
    }

    /** The ETag {@link #bytes} gives a body (a digest of it): for documents kept with theirs. */
    public static String etagOf(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
