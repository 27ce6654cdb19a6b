package org.bestvalue.assessment.comment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.bestvalue.eventkit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.bestvalue.assessment.Http.ifMatch;
import static org.bestvalue.assessment.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A comment, a reply and a resolution made over HTTP arrive on bv.assessment.events as CloudEvents of the thread's own
 * stream (streamtype comment-thread, key = thread id), carrying the acting user, the council and the narrative.
 */
@QuarkusTest
class CommentEventsOnKafkaTests {
    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "user-c0ffee", roles = {"reviewer", "planner"})
    @OidcSecurity(claims = {@Claim(key = "council", value = "demo-borough"), @Claim(key = "sub", value = "user-c0ffee")})
    void aThreadsEventsArriveInOrderWithActorCouncilAndNarrative() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        UUID narrative = fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "PCE001", "Partners shape the council's plans through the forum.");
        String path = "/cycles/" + cycle + "/narratives/PCE001/threads";
        String thread = json().header("X-Correlation-Id", "corr-comment")
                .body(Map.of("text", "Which partners?", "quote", "through the forum"))
                .when().post(path).then().statusCode(201).extract().path("id");
        ifMatch(1).body(Map.of("text", "The forum's minutes name them."))
                .when().post(path + "/" + thread + "/replies").then().statusCode(200);
        ifMatch(2).body(Map.of("note", "Minutes linked"))
                .when().post(path + "/" + thread + "/resolve").then().statusCode(200);

        List<JsonNode> events = consume(thread, 3);
        assertEquals(List.of("CommentThreadStarted", "CommentReplied", "CommentThreadResolved"),
                events.stream().map(e -> e.path("type").asText()).toList());
        for (int i = 0; i < 3; i++) {
            JsonNode e = events.get(i);
            assertEquals("comment-thread", e.path("streamtype").asText());
            assertEquals(i + 1, e.path("streamversion").asInt());
            assertEquals("user-c0ffee", e.path("actor").asText());
            assertEquals("demo-borough", e.path("council").asText());
            assertEquals(narrative.toString(), e.path("data").path("narrativeId").asText());
            assertEquals(cycle.toString(), e.path("data").path("cycleId").asText());
            assertEquals("PCE001", e.path("data").path("characteristicCode").asText());
        }
        assertEquals("corr-comment", events.get(0).path("correlationid").asText());
        assertEquals("through the forum", events.get(0).path("data").path("quote").asText());
        assertEquals(2, events.get(1).path("data").path("seq").asInt());
        assertEquals("Minutes linked", events.get(2).path("data").path("note").asText());
    }

    private List<JsonNode> consume(String thread, int count) {
        List<JsonNode> mine = KafkaTopics.readUntil("bv.assessment.events", Duration.ofSeconds(60),
                        seen -> seen.stream().filter(r -> thread.equals(r.key())).count() >= count)
                .stream().filter(r -> thread.equals(r.key())).map(KafkaTopics::cloudEvent).toList();
        if (mine.size() < count) throw new AssertionError("only " + mine.size() + " of the thread's events arrived");
        return mine;
    }
}
