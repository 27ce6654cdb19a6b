package org.bestvalue.e2e.story;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.bestvalue.e2e.Keycloak;
import org.bestvalue.e2e.Suite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.bestvalue.e2e.story.Api.anonymous;
import static org.bestvalue.e2e.story.Api.as;
import static org.bestvalue.e2e.story.Api.eventually;
import static org.bestvalue.e2e.story.Api.ok;
import static org.bestvalue.e2e.story.CouncilScores.ADDED_2025;
import static org.bestvalue.e2e.story.CouncilScores.DECLINED_2025;
import static org.bestvalue.e2e.story.CouncilScores.IMPROVED_2025;
import static org.bestvalue.e2e.story.CouncilScores.MERGED_2025;
import static org.bestvalue.e2e.story.CouncilScores.REMOVED_2025;
import static org.bestvalue.e2e.story.CouncilScores.UNCHANGED_2025;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The council's two years, checked from the outside: what its committee was shown, what the public
 * sees, what an auditor reads, and what another council system rebuilds from the events alone.
 */
class CouncilStoryIT {
    static final String REPORTING = "reporting-service";
    static final Map<String, Integer> REPORTED_2024 = Map.of("DARK_GREEN", 13, "LIGHT_GREEN", 42, "YELLOW", 15,
            "AMBER", 1, "RED", 0, "GREY", 2);

    static CouncilStory.Outcome story;

    @BeforeAll
    static void tellTheStory() {
        story = CouncilStory.ensureLoaded();
        System.out.printf("Council story: %s, %d requests, %.1f s%n", story.loadedNow() ? "loaded" : "already loaded",
                story.requests(), story.millis() / 1000.0);
    }

    private JsonNode heatMap(String cycleId, String asOf) {
        var request = as("planner", REPORTING);
        if (asOf != null) request = request.queryParam("asOf", asOf);
        return ok(request.get("/reports/cycles/" + cycleId + "/heat-map"), "heat-map of " + cycleId);
    }

    private JsonNode finalHeatMap(String cycleId) {
        // 2024 scores the statutory version's 73 characteristics, 2025 the council's own list of 69.
        int expected = cycleId.equals(story.cycle2025()) ? 69 : 73;
        return eventually("reporting has every final score of " + cycleId, Duration.ofSeconds(120), () -> {
            JsonNode map = heatMap(cycleId, null);
            int finals = map.path("summary").path("statuses").path("final").asInt();
            if (finals != expected) throw new AssertionError(finals + " final scores so far, expecting " + expected);
            return map;
        });
    }

    private static Map<String, String> colours(JsonNode heatMap) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode theme : heatMap.path("themes")) {
            for (JsonNode cell : theme.path("cells")) {
                if (cell.path("crossReferenceTo").isTextual()) continue;
                out.put(cell.path("code").asText(), cell.path("colour").asText(null));
            }
        }
        return out;
    }

    @Test
    void the2024HeatMapShowsWhatTheCouncilReported() {
        JsonNode summary = finalHeatMap(story.cycle2024()).path("summary");
        JsonNode counts = summary.path("totals").path("counts");
        REPORTED_2024.forEach((colour, n) -> assertEquals(n, counts.path(colour).asInt(), colour));
        assertTrue(summary.path("greenSentence").asText().contains("55 of 73 (75%)"), summary.path("greenSentence").asText());
        assertEquals(21, summary.path("totals").path("percentages").path("YELLOW").asInt(), "15 of 73 yellow is 21%");
        assertEquals(0, summary.path("thematicConcerns").size(), "no theme is mostly yellow or amber");
    }

    @Test
    void theHeatMapAsOfTheCommitteeSnapshotEqualsThePublishedSnapshot() {
        JsonNode cycle = ok(as("planner", "assessment-service").get("/cycles/" + story.cycle2024()), "read the 2024 cycle");
        JsonNode snapshots = cycle.path("snapshots");
        String snapshot = snapshots.get(snapshots.size() - 1).asText();
        finalHeatMap(story.cycle2024());
        JsonNode asOf = heatMap(story.cycle2024(), snapshot);
        JsonNode published = eventually("the public view has the 2024 snapshot", Duration.ofSeconds(60), () -> ok(
                anonymous(REPORTING).get("/public/councils/demo-borough/cycles/" + story.cycle2024() + "/heat-map"), "public heat-map"));
        assertEquals(colours(published), colours(asOf));
        assertEquals(colours(finalHeatMap(story.cycle2024())), colours(asOf), "nothing changed after the snapshot");
    }

    @Test
    void theHeatMapBeforeLeadershipReviewDiffersWhereLeadershipRevised() {
        JsonNode trail = ok(as("auditor", REPORTING).queryParam("sort", "at")
                .get("/reports/cycles/" + story.cycle2024() + "/characteristics/G008/history"), "G008's history, oldest first");
        Instant leadership = null;
        for (JsonNode change : trail.path("items")) {
            if (change.path("type").asText().equals("LeadershipReviewed")) {
                leadership = Instant.parse(change.path("at").asText());
                break;
            }
        }
        assertTrue(leadership != null, "G008 went through leadership review: " + trail);
        Map<String, String> before = colours(heatMap(story.cycle2024(), leadership.minusMillis(1).toString()));
        Map<String, String> after = colours(finalHeatMap(story.cycle2024()));
        assertEquals("AMBER", before.get("G008"), "moderated amber before leadership revised it");
        assertEquals("YELLOW", after.get("G008"));
        assertEquals("AMBER", before.get("C006"), "amber before more evidence was sought");
        assertEquals("YELLOW", after.get("C006"));
        assertNotEquals(before, after);
    }

    @Test
    void everyScoreChangeIsInTheAuditTrailWithTheRightUser() {
        JsonNode trail = ok(as("auditor", REPORTING).get("/reports/cycles/" + story.cycle2024() + "/characteristics/G008/history"),
                "G008's history");
        List<String> steps = new ArrayList<>();
        for (JsonNode change : trail.path("items")) {
            steps.add(change.path("type").asText() + ":" + change.path("actor").asText() + ":" + change.path("from").asText("")
                    + "->" + change.path("to").asText(""));
        }
        String reviewer = Keycloak.subject("reviewer-g"), moderator = Keycloak.subject("moderator"),
                leadership = Keycloak.subject("leadership");
        assertTrue(steps.contains("ScoreRecorded:" + reviewer + ":->RED"), steps.toString());
        assertTrue(steps.contains("ScoreModerated:" + moderator + ":RED->AMBER"), steps.toString());
        assertTrue(steps.contains("LeadershipReviewed:" + leadership + ":AMBER->YELLOW"), steps.toString());
    }

    @Test
    void yearOnYearListsTheMovementsOfTheScenario() {
        finalHeatMap(story.cycle2025());
        JsonNode yoy = ok(as("planner", REPORTING).queryParam("previous", story.cycle2024())
                .get("/reports/cycles/" + story.cycle2025() + "/year-on-year"), "year on year");
        Map<String, String> movement = new HashMap<>();
        for (JsonNode line : yoy.path("lines")) movement.put(line.path("code").asText(), line.path("movement").asText());
        for (String code : IMPROVED_2025) assertEquals("IMPROVED", movement.get(code), code);
        for (String code : DECLINED_2025) assertEquals("DECLINED", movement.get(code), code);
        assertEquals(IMPROVED_2025.size(), yoy.path("totals").path("IMPROVED").asInt());
        assertEquals(DECLINED_2025.size(), yoy.path("totals").path("DECLINED").asInt());
    }

    @Test
    void yearOnYearSpansTheStatutoryVersionAndTheCouncils2025List() {
        finalHeatMap(story.cycle2025());
        JsonNode yoy = ok(as("planner", REPORTING).queryParam("previous", story.cycle2024())
                .get("/reports/cycles/" + story.cycle2025() + "/year-on-year"), "year on year");
        assertFalse(yoy.path("sameFramework").asBoolean(), "two framework versions");
        assertEquals("statutory-2024", yoy.path("previous").path("frameworkLabel").asText());
        assertEquals("council-2025", yoy.path("current").path("frameworkLabel").asText());

        Map<String, JsonNode> byCode = new HashMap<>();
        List<JsonNode> removed = new ArrayList<>();
        for (JsonNode line : yoy.path("lines")) {
            if (line.path("code").isTextual()) byCode.put(line.path("code").asText(), line);
            else removed.add(line);
        }
        assertEquals(69, byCode.size(), "one line per characteristic of the 2025 list");
        // Merged: one 2025 line compared with both 2024 predecessors, against the weaker of their colours.
        MERGED_2025.forEach((absorbed, into) -> {
            JsonNode line = byCode.get(into);
            assertEquals("MERGED", line.path("change").asText(), into);
            assertEquals(List.of(into, absorbed), texts(line.path("previousCodes")), into);
            assertFalse(byCode.containsKey(absorbed), absorbed + " has no line of its own");
        });
        assertEquals("YELLOW", byCode.get("R004").path("previousColour").asText(), "R004 yellow, R005 light green: the weaker");
        assertEquals("IMPROVED", byCode.get("R004").path("movement").asText());
        assertEquals("LIGHT_GREEN", byCode.get("C002").path("previousColour").asText(), "C003 was grey: off the scale");
        assertEquals("UNCHANGED", byCode.get("C002").path("movement").asText());
        // Added and removed.
        for (String code : ADDED_2025) {
            assertEquals("ADDED", byCode.get(code).path("change").asText(), code);
            assertEquals("NEW", byCode.get(code).path("movement").asText(), code);
        }
        assertEquals(REMOVED_2025, removed.stream().map(l -> l.path("previousCodes").get(0).asText()).toList());
        assertEquals("REMOVED", removed.get(0).path("movement").asText());
        assertEquals("GREY", removed.get(0).path("previousColour").asText(), "L009 was grey in 2024");

        JsonNode totals = yoy.path("totals");
        assertEquals(UNCHANGED_2025, totals.path("UNCHANGED").asInt());
        assertEquals(ADDED_2025.size(), totals.path("NEW").asInt());
        assertEquals(REMOVED_2025.size(), totals.path("REMOVED").asInt());
        assertEquals(0, totals.path("NOT_COMPARABLE").asInt());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void thePublicSeesOnlyWhatWasPublished() {
        JsonNode published = eventually("the public list has 2024", Duration.ofSeconds(60), () -> {
            JsonNode list = ok(anonymous(REPORTING).get("/public/councils/demo-borough/cycles"), "published cycles").path("items");
            if (list.toString().contains(story.cycle2024())) return list;
            throw new AssertionError("not yet published: " + list);
        });
        assertFalse(published.toString().contains(story.cycle2025()), "2025 was never published");
        assertEquals(404, anonymous(REPORTING).get("/public/councils/demo-borough/cycles/" + story.cycle2025() + "/heat-map").statusCode());
        assertEquals(404, anonymous(REPORTING).get("/public/councils/other-district/cycles/" + story.cycle2024() + "/heat-map").statusCode());
        assertEquals(200, anonymous(REPORTING).get("/public/councils/demo-borough/cycles/" + story.cycle2024() + "/action-plan").statusCode());
        assertEquals(401, anonymous(REPORTING).get("/reports/cycles/" + story.cycle2024() + "/heat-map").statusCode(), "the private view needs a token");
    }

    @Test
    void aPlainKafkaConsumerRebuildsThe2024ColoursFromTheEventsAlone() {
        finalHeatMap(story.cycle2024());
        Map<String, String> finalColour = new HashMap<>();
        int events = 0;
        for (ConsumerRecord<String, String> r : readWholeTopic("bv.scoring.events")) {
            JsonNode ce = parse(r.value());
            if (!"demo-borough".equals(ce.path("council").asText())) continue;
            if (!story.cycle2024().equals(ce.path("data").path("cycleId").asText())) continue;
            events++;
            if (ce.path("type").asText().equals("ScoreFinalised")) {
                finalColour.put(ce.path("data").path("characteristicCode").asText(), ce.path("data").path("colour").asText());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        REPORTED_2024.keySet().forEach(c -> counts.put(c, 0));
        finalColour.values().forEach(c -> counts.merge(c, 1, Integer::sum));
        assertEquals(REPORTED_2024, counts, "rebuilt from " + events + " scoring events of the 2024 cycle");
    }

    private static JsonNode parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not a JSON CloudEvent: " + json, e);
        }
    }

    /** Everything on a topic up to its end at the time of the call, read with a plain Kafka consumer. */
    static List<ConsumerRecord<String, String>> readWholeTopic(String topic) {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = Suite.kafkaConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }
}
