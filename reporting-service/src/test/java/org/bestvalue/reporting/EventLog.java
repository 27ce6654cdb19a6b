package org.bestvalue.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bestvalue.eventkit.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events a test history of one council appends, in order: each with an id that is the same in every run, the
 * next version of its stream and the council's correlation id.
 */
final class EventLog {
    private final String council;
    private final String eventPrefix;
    private final List<EventEnvelope> events = new ArrayList<>();
    private final Map<String, Long> versions = new HashMap<>();
    private int seq;

    /** {@code eventPrefix}: what the names of the event ids start with, so that two logs of a council never share an id. */
    EventLog(String council, String eventPrefix) {
        this.council = council;
        this.eventPrefix = eventPrefix;
    }

    EventEnvelope add(String type, String streamType, String stream, Instant at, String actor, ObjectNode data) {
        long version = versions.merge(stream, 1L, Long::sum);
        EventEnvelope e = new EventEnvelope(UUID.fromString(id(eventPrefix + (seq++))), type, 1, council, streamType, stream, version,
                at, actor, "corr-" + council, null, data);
        events.add(e);
        return e;
    }

    /** The id the council's history gives {@code name}: the same in every run. */
    String id(String name) {
        return UUID.nameUUIDFromBytes((council + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    List<EventEnvelope> events() {
        return events;
    }
}
