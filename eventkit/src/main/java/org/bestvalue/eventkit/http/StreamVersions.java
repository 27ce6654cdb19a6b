package org.bestvalue.eventkit.http;

import jakarta.ws.rs.core.EntityTag;
import org.bestvalue.eventkit.RuleViolation;

/**
 * HTTP carries stream versions in ETag / If-Match: the ETag a GET returns is the version a write must
 * name. A write without If-Match is refused with 428, so no client can overwrite what it has not read.
 */
public final class StreamVersions {
    private StreamVersions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header such as {@code "3"} or {@code W/"3"}. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new RuleViolation(428, "precondition-required", "If-Match",
                    "Name the version you read in an If-Match header (the ETag of the resource)");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) v = v.substring(2);
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) v = v.substring(1, v.length() - 1);
        try {
            long version = Long.parseLong(v);
            if (version < 0) throw new NumberFormatException();
            return version;
        } catch (NumberFormatException e) {
            throw new RuleViolation(400, "invalid-if-match", "If-Match", "If-Match must be a version ETag such as \"3\"");
        }
    }
}
