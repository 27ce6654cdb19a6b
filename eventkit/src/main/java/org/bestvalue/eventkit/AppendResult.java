package org.bestvalue.eventkit;

import java.util.List;

/**
 * What an append stored.
 *
 * @param version   the stream's version after the append
 * @param events    the stored events, in stream order
 * @param duplicate true when the same event ids were already stored: a retried request, nothing new written
 */
public record AppendResult(long version, List<EventEnvelope> events, boolean duplicate) {
}
