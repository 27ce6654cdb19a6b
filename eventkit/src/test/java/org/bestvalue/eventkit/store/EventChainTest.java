package org.bestvalue.eventkit.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bestvalue.eventkit.CloudEvents;
import org.bestvalue.eventkit.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventChainTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static EventEnvelope event(JsonNode data) {
        return new EventEnvelope(UUID.fromString("6f1c2a52-8c1e-4a55-9d43-0d7c1b1e2f30"), "ActionStarted", 1, "demo-borough",
                "action", "a-1", 2, Instant.parse("2024-05-08T10:00:00.123456Z"), "planner-7", "corr-1", null, data);
    }

    @Test
    void theCanonicalFormIsTheChainedCloudEventAttributesSortedWithoutWhiteSpace() {
        EventEnvelope e = event(json("{\"on\": \"2024-05-08\", \"actionId\": \"a-1\"}"));
        String form = EventChain.canonicalForm(CloudEvents.toJson(e.withChain(EventChain.GENESIS, null), "/bestvalue/action"));
        assertEquals("{\"actor\":\"planner-7\",\"chainprevious\":\"" + EventChain.GENESIS + "\",\"correlationid\":\"corr-1\","
                + "\"council\":\"demo-borough\",\"data\":{\"actionId\":\"a-1\",\"on\":\"2024-05-08\"},"
                + "\"id\":\"6f1c2a52-8c1e-4a55-9d43-0d7c1b1e2f30\",\"schemaversion\":1,\"streamtype\":\"action\","
                + "\"streamversion\":2,\"subject\":\"a-1\",\"time\":\"2024-05-08T10:00:00.123456Z\",\"type\":\"ActionStarted\"}", form);
        // The SHA-256 of that text computed outside Java (Python's hashlib), so the test pins the rule, not the code.
        assertEquals("8a7a81a724af9719a59e273b10970012733469c2dec24046204d29227f484522", EventChain.hash(e, EventChain.GENESIS));
    }

    @Test
    void stringsAreEscapedAsRfc8785Does() {
        assertEquals("{\"a\":\"q\\\"b\\\\n\\n\\t\\u001f\\u0000é€😀/<\"}",
                CanonicalJson.write(MAPPER.createObjectNode().put("a", "q\"b\\n\n\t\u001f\u0000é€😀/<")));
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsAtEveryDepthAndArraysKeepTheirOrder() {
        assertEquals("{\"B\":[3,{\"x\":1,\"y\":2},1],\"a\":true,\"é\":null}",
                CanonicalJson.write(json("{\"é\": null, \"a\": true, \"B\": [3, {\"y\": 2, \"x\": 1}, 1]}")));
    }

    @Test
    void numbersAreWrittenByValueNotByHowTheyWereSpelled() {
        assertEquals("[1.5,1,10000000000,0,-2,123456789012345678901234567890]",
                CanonicalJson.write(json("[1.50, 1.0, 1E10, -0.0, -2, 123456789012345678901234567890]")));
    }

    @Test
    void theStoreReformattingTheDataChangesNothing() {
        // What PostgreSQL's jsonb gives back: members reordered, other spacing, numbers respelled.
        EventEnvelope produced = event(json("{\"actionId\":\"a-1\",\"percent\":30,\"ratio\":1.50,\"note\":\"ok\"}"));
        EventEnvelope readBack = event(json("{\"note\": \"ok\", \"ratio\": 1.5, \"percent\": 30, \"actionId\": \"a-1\"}"));
        assertEquals(EventChain.hash(produced, EventChain.GENESIS), EventChain.hash(readBack, EventChain.GENESIS));
    }

    @Test
    void everyHashedAttributeAndThePreviousHashChangeTheHash() {
        EventEnvelope e = event(json("{\"actionId\":\"a-1\"}"));
        String h = EventChain.hash(e, EventChain.GENESIS);
        assertNotEquals(h, EventChain.hash(e, "1".repeat(64)), "previous hash");
        for (UnaryOperator<ObjectNode> change : java.util.List.<UnaryOperator<ObjectNode>>of(
                ce -> ce.put("id", UUID.randomUUID().toString()), ce -> ce.put("type", "ActionCompleted"),
                ce -> ce.put("subject", "a-2"), ce -> ce.put("time", "2024-05-08T10:00:00.123457Z"),
                ce -> ce.put("schemaversion", 2), ce -> ce.put("council", "other-district"), ce -> ce.put("actor", "planner-8"),
                ce -> ce.put("streamtype", "opportunity"), ce -> ce.put("streamversion", 3),
                ce -> ce.put("correlationid", "corr-2"), ce -> ce.put("causationid", "e-0"),
                ce -> (ObjectNode) ce.set("data", json("{\"actionId\":\"a-2\"}")))) {
            ObjectNode ce = CloudEvents.toJson(e.withChain(EventChain.GENESIS, null), "/bestvalue/action");
            assertNotEquals(h, EventChain.hashOfCloudEvent(change.apply(ce)), "changed " + ce);
        }
    }

    @Test
    void theSourceAndTheConstantAttributesAreNotHashed() {
        EventEnvelope e = event(json("{\"actionId\":\"a-1\"}"));
        ObjectNode ce = CloudEvents.toJson(e.withChain(EventChain.GENESIS, null), "/bestvalue/action");
        ce.put("source", "/another/deployment").put("specversion", "1.0").put("datacontenttype", "application/json");
        assertEquals(EventChain.hash(e, EventChain.GENESIS), EventChain.hashOfCloudEvent(ce));
    }

    @Test
    void aSubscriberVerifiesThePublishedCloudEventAndSpotsAChangedOne() {
        EventEnvelope e = event(json("{\"actionId\":\"a-1\"}"));
        ObjectNode ce = CloudEvents.toJson(e.withChain(EventChain.GENESIS, EventChain.hash(e, EventChain.GENESIS)), "/bestvalue/action");
        JsonNode received = json(ce.toString());
        assertTrue(EventChain.verifies(received));
        ((ObjectNode) received.get("data")).put("actionId", "a-9");
        assertFalse(EventChain.verifies(received));
        assertFalse(EventChain.verifies(CloudEvents.toJson(e, "/bestvalue/action")), "no chainhash: nothing to trust");
    }
}
