package org.bestvalue.reporting.comments;

import java.time.Instant;

/** One event of a comment thread on a narrative, as the open-comment counts need it. */
public record CommentEvent(String threadId, String characteristicCode, String type, Instant at, long version) {
}
