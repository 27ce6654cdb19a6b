package org.bestvalue.assessment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.read.History;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A narrative's {@code …/history}: its own events and the events of its resolved comment threads, so a comment that was
 * raised and addressed stays on the record beside the revision that answered it. Each entry says its {@code streamType}
 * ({@code narrative} or {@code comment-thread}) and keeps its own stream's {@code version}; "version" and "at" both order
 * the entries as they happened (the streams' versions are not comparable with each other).
 */
final class NarrativeHistory {
    private NarrativeHistory() {
    }

    static Page<JsonNode> page(List<EventEnvelope> narrative, List<EventEnvelope> threads, PageRequest page) {
        List<EventEnvelope> all = new ArrayList<>(narrative);
        all.addAll(threads);
        all.sort(Comparator.comparing(EventEnvelope::occurredAt)
                .thenComparing(e -> e.streamType().equals("narrative") ? 0 : 1)
                .thenComparing(EventEnvelope::streamId)
                .thenComparingLong(EventEnvelope::streamVersion));
        Map<JsonNode, Integer> order = new IdentityHashMap<>();
        List<JsonNode> entries = new ArrayList<>(all.size());
        for (EventEnvelope e : all) {
            ObjectNode entry = (ObjectNode) History.entry(e);
            entry.put("streamType", e.streamType());
            order.put(entry, order.size());
            entries.add(entry);
        }
        return Page.of(entries.stream().sorted(page.comparator(entry -> field -> order.get(entry))).toList(), page);
    }
}
