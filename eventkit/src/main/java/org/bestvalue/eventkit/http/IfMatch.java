package org.bestvalue.eventkit.http;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code If-Match} header of a write, as a {@code @BeanParam}: the stream version the client read (its ETag).
 * {@link #version()} refuses a missing header (428) and a malformed one (400), see {@link StreamVersions}.
 */
public class IfMatch {
    @HeaderParam("If-Match")
    @Parameter(description = "The version you read (the ETag), e.g. \"3\"")
    String value;

    public IfMatch() {
    }

    IfMatch(String value) {
        this.value = value;
    }

    /** The version named, to append at. */
    public long version() {
        return StreamVersions.fromIfMatch(value);
    }
}
