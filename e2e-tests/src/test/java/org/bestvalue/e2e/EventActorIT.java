package org.bestvalue.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The actor of an event on Kafka is the token subject of the user who made the request. */
class EventActorIT {

    @Test
    void aCycleOpenedByThePlannerIsPublishedWithThePlannersIdAsActor() {
        String frameworkVersionId = Assessment.demoFrameworkVersionId("admin");
        String plannerId = Keycloak.subject("planner");
        assertEquals(DemoRealm.user("planner").id(), plannerId, "the token subject is the realm's fixed user id");

        try (TopicTail events = TopicTail.tail("bv.assessment.events")) {
            UUID cycle = Assessment.openScratchCycle("planner", frameworkVersionId);

            JsonNode event = events.find(e -> "CycleOpened".equals(e.path("type").asText())
                            && cycle.toString().equals(e.path("data").path("cycleId").asText(e.path("subject").asText())),
                    Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no CycleOpened for " + cycle + " on bv.assessment.events within 30 s"));

            assertEquals(plannerId, event.path("actor").asText(), "actor");
            assertEquals("demo-borough", event.path("council").asText(), "council");
            assertEquals("1.0", event.path("specversion").asText());
            assertEquals("/bestvalue/assessment-service", event.path("source").asText());
        }
    }
}
