package org.bestvalue.scoring.consumers;

import org.bestvalue.eventkit.testing.identity.AsOperator;
import org.bestvalue.eventkit.testing.identity.AsPlanner;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.eventkit.testing.KafkaTopics;
import org.bestvalue.scoring.Fixtures;
import org.bestvalue.scoring.Fixtures.Assessment;
import org.bestvalue.scoring.score.Colour;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event path through a real Kafka broker and the real PostgreSQL: assessment events on
 * bv.assessment.events feed the independence rule; a poison record goes to bv.scoring.dlq and the
 * next record is still processed; scoring events reach bv.scoring.events as structured CloudEvents.
 */
@QuarkusTest
class AssessmentEventsTests {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOPIC = "bv.assessment.events";

    @Inject
    Fixtures fixtures;
    @Inject
    Pool pool;

    private void publish(EventEnvelope e) {
        KafkaTopics.send(TOPIC, e.streamId(), fixtures.cloudEvent(e));
    }

    private int workRows(String narrativeId, String userId) {
        return pool.preparedQuery("SELECT count(*) AS n FROM narrative_work WHERE narrative_id = $1 AND user_id = $2")
                .execute(Tuple.of(narrativeId, userId)).await().atMost(WAIT).iterator().next().getInteger("n");
    }

    @Test
    @AsPlanner
    void aContributionPublishedOnTheAssessmentTopicMakesTheMatchingAssignmentFail() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = fixtures.openRound(a);
        String narrative = UUID.randomUUID().toString();
        EventEnvelope contribution = fixtures.contributorEvent(a, "CI002", narrative, "rev-kafka");
        publish(contribution);
        // Delivered twice, as at-least-once delivery may: applied once.
        publish(contribution);

        await().atMost(WAIT).untilAsserted(() -> given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"reviewerId\":\"rev-kafka\"}")
                .when().put("/rounds/" + round + "/reviewers/CI")
                .then().spec(problem(409, "reviewer-not-independent"))
                .body("conflictingNarratives[0].characteristicCode", equalTo("CI002"))
                .body("conflictingNarratives[0].narrativeId", equalTo(narrative)));
        assertEquals(1, workRows(narrative, "rev-kafka"));
        // Another theme of the same cycle is still open to that reviewer.
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"reviewerId\":\"rev-kafka\"}")
                .when().put("/rounds/" + round + "/reviewers/L").then().statusCode(200);

        // The planner removes the contribution recorded by mistake (the narrative's next event): the reviewer is independent again.
        var data = fixtures.narrativeData(a, "CI002", narrative).put("userId", "rev-kafka").put("reason", "Recorded by mistake");
        data.putArray("roles").add("workshop participant");
        publish(new EventEnvelope(UUID.randomUUID(), "ContributorRemoved", 1, Fixtures.COUNCIL, "narrative", narrative, 2,
                Instant.now(), "planner-1", UUID.randomUUID().toString(), null, data));
        await().atMost(WAIT).until(() -> workRows(narrative, "rev-kafka") == 0);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"reviewerId\":\"rev-kafka\"}")
                .when().put("/rounds/" + round + "/reviewers/CI").then().statusCode(200);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsProcessed() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String poisonKey = "poison-" + UUID.randomUUID();
        String unappliableKey = UUID.randomUUID().toString();
        KafkaTopics.send(TOPIC, poisonKey, "{ not a cloud event");
        // Readable, but a ContributorRecorded without its userId cannot be applied.
        EventEnvelope broken = fixtures.envelope(Fixtures.COUNCIL, "narrative", unappliableKey, "ContributorRecorded",
                fixtures.narrativeData(a, "CI001", unappliableKey), Instant.now());
        publish(broken);
        String narrative = UUID.randomUUID().toString();
        publish(fixtures.contributorEvent(a, "CI001", narrative, "rev-after-poison"));

        await().atMost(WAIT).until(() -> workRows(narrative, "rev-after-poison") == 1);

        assertEquals("{ not a cloud event", KafkaTopics.deadLettered("bv.scoring.dlq", WAIT, poisonKey, "Malformed CloudEvent").value(),
                "the record is kept as it came");
        KafkaTopics.deadLettered("bv.scoring.dlq", WAIT, unappliableKey, "userId");
    }

    @Test
    @AsOperator
    void theOperatorReplaysDeadLettersThroughTheSameInboxAndNothingIsAppliedTwice() {
        // Whatever an earlier test dead-lettered is read again: malformed records fail again, nothing is applied twice.
        KafkaTopics.send(TOPIC, "poison-" + UUID.randomUUID(), "{ still not a cloud event");
        KafkaTopics.readUntil("bv.scoring.dlq", WAIT, seen -> seen.stream().anyMatch(r -> r.value().contains("still not")));
        // A record put on the dead-letter topic by hand, without the header that names its source topic.
        KafkaTopics.send("bv.scoring.dlq", "by-hand-" + UUID.randomUUID(), "{}");
        given().when().post("/admin/dead-letters/replay").then().statusCode(200)
                .body("deadLetterTopic", equalTo("bv.scoring.dlq"))
                .body("applied", equalTo(0))
                .body("noConsumer", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("stillFailing.reason", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Malformed CloudEvent")));
    }

    @Test
    @TestSecurity(user = "admin-1", roles = Roles.ADMIN)
    void aCouncilAdminCannotReplayDeadLetters() {
        given().when().post("/admin/dead-letters/replay").then().spec(problem(403, "forbidden"));
    }

    @Test
    void scoringEventsArePublishedAsStructuredCloudEventsWithTheContractsFields() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = fixtures.roundWithReviewers(a);
        fixtures.score(a, round, "CI001", "rev-ci", Colour.AMBER);
        String subject = round + ":CI001";
        List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil("bv.scoring.events", WAIT,
                seen -> seen.stream().anyMatch(r -> subject.equals(r.key())));
        JsonNode ce = records.stream().filter(r -> subject.equals(r.key())).findFirst().map(KafkaTopics::cloudEvent).orElseThrow();
        assertEquals("1.0", ce.get("specversion").asText());
        assertEquals("ScoreRecorded", ce.get("type").asText());
        assertEquals("/bestvalue/scoring-service", ce.get("source").asText());
        assertEquals("score", ce.get("streamtype").asText());
        assertEquals(Fixtures.COUNCIL, ce.get("council").asText());
        assertEquals("rev-ci", ce.get("actor").asText());
        JsonNode data = ce.get("data");
        assertEquals(round, data.get("roundId").asText());
        assertEquals(a.cycleId(), data.get("cycleId").asText());
        assertEquals("CI001", data.get("characteristicCode").asText());
        assertEquals("CI", data.get("themeCode").asText());
        assertEquals("AMBER", data.get("colour").asText());
        assertTrue(data.has("previousColour") && data.get("previousColour").isNull());
        assertEquals("rev-ci", data.get("reviewerId").asText());
        assertEquals(1, data.get("evidenceSampled").size());
        assertTrue(data.get("reason").asText().startsWith("Rationale"));

        JsonNode opened = records.stream().filter(r -> round.equals(r.key())).findFirst().map(KafkaTopics::cloudEvent).orElseThrow();
        assertEquals("ScoringRoundOpened", opened.get("type").asText());
        assertEquals("round", opened.get("streamtype").asText());
        assertEquals("INITIAL", opened.get("data").get("kind").asText());
    }
}
