package org.bestvalue.eventkit.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.SortFields;

import java.util.List;

/**
 * A resource's {@code …/history} (docs/api-conventions.md): its stream's events as entries of
 * {@code version}, {@code type}, {@code at}, {@code actor}, {@code correlationId} plus the event's own
 * fields, newest first, paged.
 */
public final class History {
    public static final SortFields SORTS = SortFields.of("version", "streamVersion", "at", "occurredAt").byDefault("-version");
    public static final String SORT_DOC = "Sort by version or at (default -version: newest first).";
    private static final ObjectMapper JSON = new ObjectMapper();

    private History() {
    }

    /** Checks the paging parameters before anything is read, so a bad one is a 400 whatever the resource. */
    public static PageRequest request(PageParams params) {
        return params.validate(SORTS);
    }

    /** A page of entries from events held in memory (a stream loaded through the event store). */
    public static Page<JsonNode> page(List<EventEnvelope> events, PageRequest page) {
        List<JsonNode> entries = events.stream().map(History::entry)
                .sorted(page.comparator(e -> f -> e.path("version").asLong())).toList();
        return Page.of(entries, page);
    }

    /** A page of one council's stream read from the events table, newest first unless asked otherwise. */
    public static Uni<Page<JsonNode>> of(String councilId, String streamType, String streamId, PageRequest page) {
        var sort = page.sort();
        return Pages.of(StoredEvent.<StoredEvent>find("councilId = ?1 and streamType = ?2 and streamId = ?3", sort, councilId, streamType, streamId),
                page, (StoredEvent e) -> entry(e));
    }

    public static JsonNode entry(EventEnvelope e) {
        return entry(e.streamVersion(), e.type(), e.occurredAt().toString(), e.actor(), e.correlationId(), e.data());
    }

    public static JsonNode entry(StoredEvent e) {
        JsonNode data;
        try {
            data = JSON.readTree(e.data);
        } catch (Exception ex) {
            data = null;
        }
        return entry(e.streamVersion, e.eventType, e.occurredAt.toString(), e.actor, e.correlationId, data);
    }

    private static JsonNode entry(long version, String type, String at, String actor, String correlationId, JsonNode data) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("version", version);
        n.put("type", type);
        n.put("at", at);
        n.put("actor", actor);
        n.put("correlationId", correlationId);
        if (data instanceof ObjectNode d) d.fields().forEachRemaining(f -> {
            if (!n.has(f.getKey())) n.set(f.getKey(), f.getValue());
        });
        return n;
    }
}
