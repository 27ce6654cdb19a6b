package org.bestvalue.eventkit;

/** Names one event stream: its aggregate type (e.g. "narrative") and the aggregate's id. */
public record StreamId(String type, String id) {
    public StreamId {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("stream type is required");
        if (id == null || id.isBlank()) throw new IllegalArgumentException("stream id is required");
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
