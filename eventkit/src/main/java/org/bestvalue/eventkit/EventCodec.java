package org.bestvalue.eventkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns an aggregate's event records into stored JSON and back. The event type is the record's simple
 * name, so the sealed interface's cases are the documented list of types.
 */
public final class EventCodec<E> {
    private final Map<String, Class<? extends E>> byType = new HashMap<>();
    private final ObjectMapper mapper;

    @SuppressWarnings("unchecked")
    public EventCodec(Class<E> sealedEventType, ObjectMapper mapper) {
        if (!sealedEventType.isSealed()) throw new IllegalArgumentException(sealedEventType + " must be sealed");
        for (Class<?> c : sealedEventType.getPermittedSubclasses()) byType.put(c.getSimpleName(), (Class<? extends E>) c);
        this.mapper = mapper;
    }

    public String typeOf(E event) {
        return event.getClass().getSimpleName();
    }

    public int schemaVersionOf(E event) {
        EventSchemaVersion v = event.getClass().getAnnotation(EventSchemaVersion.class);
        return v == null ? 1 : v.value();
    }

    public boolean knows(String type) {
        return byType.containsKey(type);
    }

    public NewEvent encode(E event, UUID eventId) {
        return new NewEvent(eventId, typeOf(event), schemaVersionOf(event), mapper.valueToTree(event));
    }

    public E decode(EventEnvelope envelope) {
        return decode(envelope.type(), envelope.data());
    }

    public E decode(String type, JsonNode data) {
        Class<? extends E> c = byType.get(type);
        if (c == null) throw new IllegalArgumentException("Unknown event type " + type);
        try {
            return mapper.treeToValue(data, c);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + type + " does not match its schema: " + e.getOriginalMessage(), e);
        }
    }
}
