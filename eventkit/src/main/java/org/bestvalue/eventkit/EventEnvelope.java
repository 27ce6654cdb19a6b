package org.bestvalue.eventkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One stored domain event with everything a subscriber needs to trust and order it.
 *
 * <p>{@code actor} is the token subject of the user who acted, never a name or e-mail address, so the
 * immutable log holds no more personal data than it must (DESIGN.md §4.6).
 *
 * @param chainPrevious the chain hash of the stream's previous event (64 zeros for version 1); null before storing
 * @param chainHash     this event's chain hash ({@link org.bestvalue.eventkit.store.EventChain}): the stream's chain
 *                      head once it is stored; null before storing
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        String councilId,
        String streamType,
        String streamId,
        long streamVersion,
        Instant occurredAt,
        String actor,
        String correlationId,
        String causationId,
        JsonNode data,
        String chainPrevious,
        String chainHash) {

    /** An event without its chain (not stored yet, or read from a CloudEvent that carried none). */
    public EventEnvelope(UUID eventId, String type, int schemaVersion, String councilId, String streamType, String streamId,
                         long streamVersion, Instant occurredAt, String actor, String correlationId, String causationId,
                         JsonNode data) {
        this(eventId, type, schemaVersion, councilId, streamType, streamId, streamVersion, occurredAt, actor, correlationId,
                causationId, data, null, null);
    }

    /** When it happened, as the UTC timestamp a query table stores. */
    public OffsetDateTime occurredAtUtc() {
        return OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
    }

    /** The same event with its place in the stream's hash chain. */
    public EventEnvelope withChain(String previous, String hash) {
        return new EventEnvelope(eventId, type, schemaVersion, councilId, streamType, streamId, streamVersion, occurredAt, actor,
                correlationId, causationId, data, previous, hash);
    }
}
