package org.bestvalue.eventkit.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bestvalue.eventkit.CloudEvents;
import org.bestvalue.eventkit.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The rule that makes each stream of the event store tamper-evident: every event's chain hash covers the chain hash
 * of the stream's previous event and the event's own content, so changing, removing or reordering a stored event
 * breaks the chain from there on (docs/events.md, "Tamper evidence").
 *
 * <p>The hash is SHA-256 (lower-case hex) of the UTF-8 bytes of the {@linkplain CanonicalJson canonical JSON} of an
 * object holding these attributes of the event's CloudEvent, exactly as published: {@link #CHAINED_ATTRIBUTES}
 * ({@code correlationid} and {@code causationid} only when the event has them). {@code chainprevious} is the
 * previous event's {@code chainhash}, or {@link #GENESIS} for a stream's first event. Not hashed: {@code specversion},
 * {@code datacontenttype} (constants), {@code source} (the deployment's name for the service) and {@code chainhash}
 * itself. A subscriber recomputes it from the CloudEvent it received ({@link #hashOfCloudEvent}).
 */
public final class EventChain {
    /** The {@code chainprevious} of a stream's first event. */
    public static final String GENESIS = "0".repeat(64);

    /** The CloudEvent attributes the hash covers: every attribute the store keeps for the event. */
    public static final List<String> CHAINED_ATTRIBUTES = List.of("id", "type", "subject", "time", "schemaversion", "council",
            "actor", "streamtype", "streamversion", "correlationid", "causationid", "chainprevious", "data");

    private EventChain() {
    }

    /** The chain hash of an event that follows {@code previous} (the stream's previous chain hash, or GENESIS). */
    public static String hash(EventEnvelope event, String previous) {
        return hashOfCloudEvent(CloudEvents.toJson(event.withChain(previous, null), ""));
    }

    /** The chain hash a CloudEvent of the suite should carry, recomputed from its attributes. */
    public static String hashOfCloudEvent(JsonNode cloudEvent) {
        return sha256(canonicalForm(cloudEvent));
    }

    /** True when the CloudEvent's {@code chainhash} is the hash of its own attributes and {@code chainprevious}. */
    public static boolean verifies(JsonNode cloudEvent) {
        JsonNode claimed = cloudEvent.get("chainhash");
        return claimed != null && claimed.isTextual() && claimed.textValue().equals(hashOfCloudEvent(cloudEvent));
    }

    /** The text that is hashed: the chained attributes of the CloudEvent as canonical JSON. */
    public static String canonicalForm(JsonNode cloudEvent) {
        ObjectNode chained = JsonNodeFactory.instance.objectNode();
        for (String name : CHAINED_ATTRIBUTES) {
            JsonNode v = cloudEvent.get(name);
            if (v != null && !v.isNull()) chained.set(name, v);
        }
        return CanonicalJson.write(chained);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
