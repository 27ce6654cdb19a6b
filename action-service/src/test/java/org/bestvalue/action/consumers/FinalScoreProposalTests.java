package org.bestvalue.action.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bestvalue.action.Given;
import org.bestvalue.action.application.ActionAggregates;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.testing.KafkaBroker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event path with the real broker and database: a ScoreFinalised on bv.scoring.events (a structured
 * CloudEvent sent by a plain producer) proposes an opportunity, stored and published on bv.action.events;
 * redelivery and a second final score propose nothing more; an unreadable record goes to bv.action.dlq.
 */
@QuarkusTest
class FinalScoreProposalTests {
    private static final String PROCESSED = "SELECT 1 FROM processed_events WHERE consumer = 'action-service.proposals' AND event_id = $1";

    @Inject
    Given given;
    @Inject
    ObjectMapper mapper;

    private EventEnvelope scoreFinalised(String cycleId, String code, String colour) {
        return scoreEvent("ScoreFinalised", cycleId, code, colour, "Confirmed by leadership");
    }

    private EventEnvelope scoreEvent(String type, String cycleId, String code, String colour, String reason, String... more) {
        ObjectNode data = mapper.createObjectNode().put("roundId", UUID.randomUUID().toString()).put("cycleId", cycleId)
                .put("characteristicCode", code).put("themeCode", "CI").put("colour", colour).put("previousColour", colour)
                .put("reason", reason);
        for (int i = 0; i + 1 < more.length; i += 2) data.put(more[i], more[i + 1]);
        return given.event(type, Given.COUNCIL, "score", cycleId + ":" + code, data);
    }

    @Test
    void aFinalYellowScoreProposesOneOpportunityHoweverOftenItIsDelivered() throws Exception {
        String cycle = given.cycle(Given.COUNCIL);
        EventEnvelope yellow = scoreFinalised(cycle, "CI011", "YELLOW");
        String opportunityId = ActionAggregates.opportunityId(Given.COUNCIL, cycle, "CI011");

        given.publish("bv.scoring.events", yellow);
        given.awaitRow("SELECT 1 FROM opportunity_view WHERE opportunity_id = $1 AND origin = 'SCORE' AND colour = 'YELLOW'",
                Tuple.of(opportunityId));

        // The same record again (a redelivery), and a later final score on a recheck round: nothing new.
        given.publish("bv.scoring.events", yellow);
        EventEnvelope recheck = scoreFinalised(cycle, "CI011", "AMBER");
        given.publish("bv.scoring.events", recheck);
        given.awaitRow(PROCESSED, Tuple.of(recheck.eventId()));
        await().atMost(Duration.ofSeconds(30)).until(() -> given.exists(
                "SELECT 1 FROM processed_events WHERE consumer = 'action-service.proposals' AND event_id = $1", Tuple.of(yellow.eventId())));
        assertFalse(given.exists("SELECT 1 FROM events WHERE stream_type = 'opportunity' AND stream_id = $1 AND stream_version > 1",
                Tuple.of(opportunityId)), "one opportunity, raised once");

        // Published on the action topic as a structured CloudEvent another system can use on its own.
        JsonNode published = awaitPublished(opportunityId, "OpportunityRaised");
        assertEquals("/bestvalue/action-service", published.get("source").asText());
        assertEquals(Given.COUNCIL, published.get("council").asText());
        assertEquals(yellow.eventId().toString(), published.get("causationid").asText());
        assertEquals(cycle, published.at("/data/cycleId").asText());
        assertEquals("CI011", published.at("/data/characteristicCode").asText());
        assertEquals("SCORE", published.at("/data/origin").asText());
        assertEquals("YELLOW", published.at("/data/colour").asText());
        assertEquals("Partly evidenced, with gaps in the narrative: see the reviewer's rationale", published.at("/data/gap").asText());
    }

    @Test
    void theProposedGapQuotesTheReviewersRationaleOrLeadershipsRevision() {
        String cycle = given.cycle(Given.COUNCIL);
        // Light green: final on moderation; the gap quotes the reviewer, not scoring's procedural reason.
        given.publish("bv.scoring.events", scoreEvent("ScoreRecorded", cycle, "CI013", "LIGHT_GREEN",
                "Plans are evidenced; benchmarking is patchy"));
        given.publish("bv.scoring.events", scoreEvent("ScoreModerated", cycle, "CI013", "LIGHT_GREEN", "Agreed",
                "outcome", "CONFIRMED"));
        given.publish("bv.scoring.events", scoreEvent("ScoreFinalised", cycle, "CI013", "LIGHT_GREEN",
                "Final after moderation: light green needs no leadership review"));
        // Amber revised by leadership: the gap quotes leadership's reason.
        given.publish("bv.scoring.events", scoreEvent("ScoreRecorded", cycle, "CI014", "YELLOW", "Some evidence"));
        given.publish("bv.scoring.events", scoreEvent("LeadershipReviewed", cycle, "CI014", "AMBER",
                "No corporate benchmarking framework", "decision", "REVISED"));
        given.publish("bv.scoring.events", scoreEvent("ScoreFinalised", cycle, "CI014", "AMBER", "Revised by leadership"));

        given.awaitRow("SELECT 1 FROM opportunity_view WHERE opportunity_id = $1 AND gap = $2",
                Tuple.of(ActionAggregates.opportunityId(Given.COUNCIL, cycle, "CI013"),
                        "Evidence supports the narrative, with gaps in the evidence: Plans are evidenced; benchmarking is patchy"));
        given.awaitRow("SELECT 1 FROM opportunity_view WHERE opportunity_id = $1 AND gap = $2",
                Tuple.of(ActionAggregates.opportunityId(Given.COUNCIL, cycle, "CI014"),
                        "Limited evidence for the narrative so far: No corporate benchmarking framework"));
    }

    @Test
    void darkGreenAndGreyFinalScoresProposeNothing() {
        String cycle = given.cycle(Given.COUNCIL);
        EventEnvelope green = scoreFinalised(cycle, "CI010", "DARK_GREEN");
        EventEnvelope grey = scoreFinalised(cycle, "L001", "GREY");
        given.publish("bv.scoring.events", green);
        given.publish("bv.scoring.events", grey);
        given.awaitRow(PROCESSED, Tuple.of(green.eventId()));
        given.awaitRow(PROCESSED, Tuple.of(grey.eventId()));
        assertFalse(given.exists("SELECT 1 FROM opportunity_view WHERE cycle_id = $1", Tuple.of(cycle)));
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String key = "broken-" + UUID.randomUUID();
        given.publishRaw("bv.scoring.events", key, "{\"specversion\":\"1.0\",\"type\":\"ScoreFinalised\"}");
        String cycle = given.cycle(Given.COUNCIL);
        EventEnvelope after = scoreFinalised(cycle, "CI012", "AMBER");
        given.publish("bv.scoring.events", after);
        given.awaitRow("SELECT 1 FROM opportunity_view WHERE cycle_id = $1 AND characteristic_code = 'CI012'", Tuple.of(cycle));
        await().atMost(Duration.ofSeconds(60)).until(() -> read("bv.action.dlq").stream().anyMatch(r -> key.equals(r.key())));
    }

    private JsonNode awaitPublished(String subject, String type) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (ConsumerRecord<String, String> r : read("bv.action.events")) {
                JsonNode ce = mapper.readTree(r.value());
                if (subject.equals(ce.path("subject").asText()) && type.equals(ce.path("type").asText())) found.add(ce);
            }
            return !found.isEmpty();
        });
        assertEquals(1, found.size(), "exactly one " + type + " published for " + subject);
        return found.get(0);
    }

    private static List<ConsumerRecord<String, String>> read(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 3000;
            while (System.currentTimeMillis() < until) consumer.poll(Duration.ofMillis(300)).forEach(out::add);
        }
        return out;
    }
}
