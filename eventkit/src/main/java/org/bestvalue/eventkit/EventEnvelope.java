package org.bestvalue.eventkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored domain event with everything a subscriber needs to trust and order it.
 *
 * <p>{@code actor} is the token subject of the user who acted, never a name or e-mail address, so the
 * immutable log holds no more personal data than it must (DESIGN.md §4.6).
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
        JsonNode data) {
}
