package org.bestvalue.eventkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * Reading fields of an event's {@code data} where a consumer or projection works on JSON rather than on
 * the producer's records: optional fields answer null, required ones fail with the field's name (which
 * sends a record that can never be applied to the dead-letter topic with a reason).
 */
public final class EventData {
    private EventData() {
    }

    public static String text(JsonNode data, String field) {
        JsonNode v = data.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static String requiredText(JsonNode data, String field) {
        String v = text(data, field);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("missing field '" + field + "'");
        return v;
    }

    public static UUID uuid(JsonNode data, String field) {
        String t = text(data, field);
        return t == null ? null : UUID.fromString(t);
    }

    public static Instant instant(JsonNode data, String field) {
        String t = text(data, field);
        return t == null ? null : Instant.parse(t);
    }

    public static Integer integer(JsonNode data, String field) {
        JsonNode v = data.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
