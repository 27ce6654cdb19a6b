package org.bestvalue.eventkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The suite's events on Kafka: CloudEvents 1.0 in <em>structured</em> mode, one JSON object per record
 * value ({@code content-type: application/cloudevents+json}), record key = stream id. Extension
 * attributes carry the envelope fields CloudEvents has no name for. Documented in each service's
 * AsyncAPI file.
 */
public final class CloudEvents {
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private CloudEvents() {
    }

    public static ObjectNode toJson(EventEnvelope e, String source, ObjectMapper mapper) {
        return toJson(e, source);
    }

    /**
     * The event as a structured-mode CloudEvent. {@code chainprevious} and {@code chainhash} carry the event's place
     * in its stream's hash chain (docs/events.md, "Tamper evidence"), so a subscriber can recompute it.
     */
    public static ObjectNode toJson(EventEnvelope e, String source) {
        ObjectNode ce = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        ce.put("specversion", "1.0");
        ce.put("id", e.eventId().toString());
        ce.put("source", source);
        ce.put("type", e.type());
        ce.put("subject", e.streamId());
        ce.put("time", e.occurredAt().toString());
        ce.put("datacontenttype", "application/json");
        ce.put("schemaversion", e.schemaVersion());
        ce.put("council", e.councilId());
        ce.put("actor", e.actor());
        ce.put("streamtype", e.streamType());
        ce.put("streamversion", e.streamVersion());
        if (e.correlationId() != null) ce.put("correlationid", e.correlationId());
        if (e.causationId() != null) ce.put("causationid", e.causationId());
        if (e.chainPrevious() != null) ce.put("chainprevious", e.chainPrevious());
        if (e.chainHash() != null) ce.put("chainhash", e.chainHash());
        ce.set("data", e.data());
        return ce;
    }

    /**
     * Reads a structured-mode CloudEvent of this suite.
     *
     * @throws MalformedEvent when the text is not JSON or lacks a required attribute
     */
    public static EventEnvelope fromJson(String json, ObjectMapper mapper) {
        JsonNode ce;
        try {
            ce = mapper.readTree(json);
        } catch (Exception ex) {
            throw new MalformedEvent("not JSON: " + ex.getMessage());
        }
        if (ce == null || !ce.isObject()) throw new MalformedEvent("not a JSON object");
        if (!"1.0".equals(text(ce, "specversion"))) throw new MalformedEvent("specversion must be 1.0");
        try {
            return new EventEnvelope(
                    UUID.fromString(text(ce, "id")), text(ce, "type"), ce.path("schemaversion").asInt(1),
                    text(ce, "council"), text(ce, "streamtype"), text(ce, "subject"),
                    ce.path("streamversion").asLong(), Instant.parse(text(ce, "time")), text(ce, "actor"),
                    ce.path("correlationid").asText(null), ce.path("causationid").asText(null), required(ce, "data"),
                    ce.path("chainprevious").asText(null), ce.path("chainhash").asText(null));
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new MalformedEvent(ex.getMessage());
        }
    }

    private static String text(JsonNode ce, String field) {
        JsonNode v = ce.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) throw new MalformedEvent("missing attribute '" + field + "'");
        return v.asText();
    }

    private static JsonNode required(JsonNode ce, String field) {
        JsonNode v = ce.get(field);
        if (v == null || v.isNull()) throw new MalformedEvent("missing attribute '" + field + "'");
        return v;
    }

    /** A record that is not a readable event of this suite: it belongs on the dead-letter topic. */
    public static class MalformedEvent extends RuntimeException {
        public MalformedEvent(String reason) {
            super("Malformed CloudEvent: " + reason);
        }
    }
}
