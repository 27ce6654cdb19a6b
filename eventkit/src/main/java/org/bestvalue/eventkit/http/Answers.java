package org.bestvalue.eventkit.http;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * How a write answers: the resource as it now is, with its stream version as the ETag (the version the next
 * write names in If-Match); a create also with its Location.
 */
public final class Answers {
    private Answers() {
    }

    /** 200 with the resource and its new version as ETag. */
    public static Response ok(long version, Object body) {
        return Response.ok(body).tag(StreamVersions.etag(version)).build();
    }

    /** 201 with Location, the new resource and its version as ETag. */
    public static Response created(URI location, long version, Object body) {
        return Response.created(location).tag(StreamVersions.etag(version)).entity(body).build();
    }

    /** 201 at a path relative to the service's root, e.g. {@code "/cycles/" + id}. */
    public static Response created(String location, long version, Object body) {
        return created(URI.create(location), version, body);
    }
}
