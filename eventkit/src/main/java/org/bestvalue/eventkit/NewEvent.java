package org.bestvalue.eventkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/** An event a decider produced, not yet stored: the store adds stream, version, time and actor. */
public record NewEvent(UUID eventId, String type, int schemaVersion, JsonNode data) {
}
