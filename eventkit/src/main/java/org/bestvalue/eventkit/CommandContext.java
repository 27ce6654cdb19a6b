package org.bestvalue.eventkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Who is acting, for which council, when, and under which correlation: the metadata every event of
 * one command carries.
 *
 * @param idempotencyKey optional client-chosen key; when present, event ids are derived from it so a
 *                       retried request appends nothing new
 * @param requestDigest  with a key from a client: the digest of the request it was sent with (method, URI, body;
 *                       {@link org.bestvalue.eventkit.http.IdempotentRequests}), so the key cannot be reused for another
 */
public record CommandContext(
        String councilId,
        String actor,
        String correlationId,
        String causationId,
        String idempotencyKey,
        Instant now,
        String requestDigest) {

    public CommandContext(String councilId, String actor, String correlationId, String causationId, String idempotencyKey,
                          Instant now) {
        this(councilId, actor, correlationId, causationId, idempotencyKey, now, null);
    }

    public CommandContext {
        if (councilId == null || councilId.isBlank()) throw new IllegalArgumentException("councilId is required");
        if (actor == null || actor.isBlank()) throw new IllegalArgumentException("actor is required");
        if (now == null) throw new IllegalArgumentException("now is required");
        if (correlationId == null || correlationId.isBlank()) correlationId = UUID.randomUUID().toString();
    }

    public static CommandContext of(String councilId, String actor, Instant now) {
        return new CommandContext(councilId, actor, null, null, null, now);
    }

    /** The same actor and correlation, caused by another event (used by consumers reacting to events). */
    public CommandContext causedBy(UUID causationEventId, String correlation) {
        return new CommandContext(councilId, actor, correlation == null ? correlationId : correlation,
                causationEventId.toString(), causationEventId.toString(), now);
    }

    /** The id of the n-th event this command appends to a stream: stable across retries when a key is given. */
    public UUID eventId(String streamType, String streamId, int index) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) return UUID.randomUUID();
        String seed = councilId + '|' + streamType + '|' + streamId + '|' + idempotencyKey + '|' + index;
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }
}
