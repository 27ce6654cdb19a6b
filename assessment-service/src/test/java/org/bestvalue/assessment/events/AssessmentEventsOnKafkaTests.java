package org.bestvalue.assessment.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.bestvalue.assessment.Fixtures;
import org.bestvalue.eventkit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.bestvalue.assessment.Http.ifMatch;
import static org.bestvalue.assessment.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event path end to end on the real PostgreSQL and a real Kafka broker: a framework import and a
 * narrative revision, made over HTTP, arrive on bv.assessment.events as structured CloudEvents that carry
 * the acting user (the token subject) and the council. A plain KafkaConsumer reads them, as any
 * subscriber outside the suite would.
 */
@QuarkusTest
class AssessmentEventsOnKafkaTests {
    static final String TOPIC = "bv.assessment.events";

    @Test
    @TestSecurity(user = "user-7f3a", roles = {"admin", "planner", "author"})
    @OidcSecurity(claims = {@Claim(key = "council", value = "demo-borough"), @Claim(key = "sub", value = "user-7f3a")})
    void anImportAndANarrativeRevisionArriveAsCloudEventsWithActorAndCouncil() {
        String csv = "theme_code,theme_title,code,title\nCI,Continuous Improvement,CI001,First\nCI,Continuous Improvement,CI002,Second\n";
        String frameworkId = given().contentType("text/csv").body(csv)
                .queryParam("name", "Event path").queryParam("label", "event-path-" + UUID.randomUUID().toString().substring(0, 8))
                .header("X-Correlation-Id", "corr-event-path")
                .when().post("/frameworks").then().statusCode(201).extract().path("id");
        String cycleId = json()
                .body(Map.of("year", Fixtures.nextYear(), "title", "Event path", "frameworkVersionId", frameworkId))
                .when().post("/cycles").then().statusCode(201).extract().path("id");
        String narrativeId = json().body(Map.of("characteristicCode", "CI002", "text", "first"))
                .when().post("/cycles/" + cycleId + "/narratives").then().statusCode(201).extract().path("id");
        ifMatch(1).body(Map.of("text", "second"))
                .when().put("/cycles/" + cycleId + "/narratives/CI002").then().statusCode(200);

        List<JsonNode> seen = consumeUntil(frameworkId, narrativeId);
        JsonNode imported = find(seen, "FrameworkVersionImported", frameworkId);
        JsonNode revised = find(seen, "NarrativeRevised", narrativeId);

        assertEquals("1.0", imported.path("specversion").asText());
        assertEquals("/bestvalue/assessment-service", imported.path("source").asText());
        assertEquals("user-7f3a", imported.path("actor").asText());
        assertEquals("demo-borough", imported.path("council").asText());
        assertEquals("framework", imported.path("streamtype").asText());
        assertEquals(1, imported.path("streamversion").asInt());
        assertEquals("corr-event-path", imported.path("correlationid").asText());
        assertEquals(frameworkId, imported.path("data").path("frameworkVersionId").asText());
        assertEquals(2, imported.path("data").path("characteristics").size());
        JsonNode first = imported.path("data").path("characteristics").get(0);
        assertEquals(java.util.Set.of("code", "themeCode", "title", "description", "order", "crossReferenceTo"),
                fieldNames(first), "the contract's fields, no more");
        assertNotNull(Instant.parse(imported.path("time").asText()));

        assertEquals("user-7f3a", revised.path("actor").asText());
        assertEquals("demo-borough", revised.path("council").asText());
        assertEquals("narrative", revised.path("streamtype").asText());
        assertEquals(2, revised.path("streamversion").asInt());
        assertEquals(2, revised.path("data").path("revision").asInt());
        assertEquals("second", revised.path("data").path("text").asText());
        assertEquals("user-7f3a", revised.path("data").path("authorId").asText());
        assertEquals(cycleId, revised.path("data").path("cycleId").asText());
        assertEquals("CI002", revised.path("data").path("characteristicCode").asText());
    }

    private List<JsonNode> consumeUntil(String frameworkId, String narrativeId) {
        List<JsonNode> seen = KafkaTopics.readUntil(TOPIC, Duration.ofSeconds(60), records -> {
            List<JsonNode> events = records.stream().map(KafkaTopics::cloudEvent).toList();
            return has(events, "FrameworkVersionImported", frameworkId) && has(events, "NarrativeRevised", narrativeId);
        }).stream().map(r -> {
            JsonNode ce = KafkaTopics.cloudEvent(r);
            assertEquals(ce.path("subject").asText(), r.key(), "the record key is the stream id");
            return ce;
        }).toList();
        if (has(seen, "FrameworkVersionImported", frameworkId) && has(seen, "NarrativeRevised", narrativeId)) return seen;
        throw new AssertionError("events did not arrive on " + TOPIC + "; saw " + seen.size());
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static boolean has(List<JsonNode> seen, String type, String subject) {
        return seen.stream().anyMatch(e -> e.path("type").asText().equals(type) && e.path("subject").asText().equals(subject));
    }

    private static JsonNode find(List<JsonNode> seen, String type, String subject) {
        assertTrue(has(seen, type, subject), type + " for " + subject);
        return seen.stream().filter(e -> e.path("type").asText().equals(type) && e.path("subject").asText().equals(subject)).findFirst().orElseThrow();
    }
}
