package org.bestvalue.eventkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;
import java.util.function.Consumer;

/** The event store tests' event of no domain: a note taken on a stream, with whatever else a test puts in its data. */
final class NoteTaken {
    private NoteTaken() {
    }

    static NewEvent of(String note) {
        return of(note, data -> { });
    }

    static NewEvent of(String note, Consumer<ObjectNode> more) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("note", note);
        more.accept(data);
        return new NewEvent(UUID.randomUUID(), "NoteTaken", 1, data);
    }
}
