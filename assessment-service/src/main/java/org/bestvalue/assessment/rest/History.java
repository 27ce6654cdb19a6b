package org.bestvalue.assessment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.SortFields;

import java.util.List;

/**
 * A resource's {@code …/history}: its stream's events as entries of {@code version}, {@code type}, {@code at},
 * {@code actor}, {@code correlationId} plus the event's own fields, newest first, paged.
 */
final class History {
    static final SortFields SORTS = SortFields.named("version");
    static final String DEFAULT_SORT = "-version";
    static final String SORT_DOC = "Sort by version (default -version: newest first).";

    private History() {
    }

    /** Checks the paging parameters before anything is read, so a bad one is a 400 whatever the resource. */
    static PageRequest request(PageParams params) {
        return params.validate(SORTS, DEFAULT_SORT);
    }

    static Page<JsonNode> page(List<EventEnvelope> events, PageRequest page) {
        List<JsonNode> entries = events.stream().map(History::entry)
                .sorted(page.comparator(e -> f -> e.path("version").asLong())).toList();
        return Page.of(entries, page);
    }

    static JsonNode entry(EventEnvelope e) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("version", e.streamVersion());
        n.put("type", e.type());
        n.put("at", e.occurredAt().toString());
        n.put("actor", e.actor());
        n.put("correlationId", e.correlationId());
        if (e.data() instanceof ObjectNode data) data.fields().forEachRemaining(f -> {
            if (!n.has(f.getKey())) n.set(f.getKey(), f.getValue());
        });
        return n;
    }
}
