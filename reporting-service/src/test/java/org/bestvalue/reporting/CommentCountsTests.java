package org.bestvalue.reporting;

import org.bestvalue.eventkit.testing.identity.AsOperator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.application.Reports;
import org.bestvalue.reporting.consumers.ReportingConsumers;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Reviewers' comments still open, per characteristic and theme and in the heat-map's summary, projected from the
 * comment-thread events on the assessment topic (published to the real broker): as of any instant, unchanged by a
 * redelivery, equal after a rebuild from the topics, and left out of the public view.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommentCountsTests {
    static final CouncilHistory HISTORY = comments(new CouncilHistory("comments-borough").year2024().publish2024());
    /** After the snapshot, before L003's thread was reopened. */
    static final Instant BEFORE_REOPENING = Instant.parse("2024-06-20T12:00:00Z");

    @Inject
    Reports reports;
    @Inject
    ReportingConsumers consumers;
    @Inject
    ObjectMapper mapper;
    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    /** After the snapshot the council kept "addressing comments raised by reviewers". */
    static CouncilHistory comments(CouncilHistory h) {
        thread(h, "t-ci010-a", "CI010", 0, "CommentThreadStarted", "CommentReplied");
        thread(h, "t-ci010-b", "CI010", 1, "CommentThreadStarted", "CommentThreadResolved");
        thread(h, "t-ci011", "CI011", 2, "CommentThreadStarted");
        thread(h, "t-l003", "L003", 3, "CommentThreadStarted", "CommentThreadResolved");
        thread(h, "t-g001", "G001", 4, "CommentThreadStarted", "CommentThreadResolved");
        // Reopened after BEFORE_REOPENING: the reviewer was not satisfied.
        h.add("CommentThreadReopened", "comment-thread", id(h, "t-l003"), Instant.parse("2024-06-25T09:00:00Z"), "reviewer-L",
                data(h, "t-l003", "L003").put("reopenedBy", "reviewer-L"));
        return h;
    }

    static void thread(CouncilHistory h, String name, String code, int day, String... types) {
        Instant at = Instant.parse("2024-06-11T09:00:00Z").plus(Duration.ofDays(day));
        for (String type : types) {
            h.add(type, "comment-thread", id(h, name), at, type.equals("CommentThreadStarted") ? "reviewer-1" : "author-1",
                    data(h, name, code).put("text", "A comment").put("openedBy", "reviewer-1"));
            at = at.plus(Duration.ofHours(3));
        }
    }

    static String id(CouncilHistory h, String name) {
        return java.util.UUID.nameUUIDFromBytes((h.council + "/" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    static com.fasterxml.jackson.databind.node.ObjectNode data(CouncilHistory h, String name, String code) {
        return CouncilHistory.data().put("threadId", id(h, name)).put("narrativeId", id(h, "narrative-" + code))
                .put("cycleId", h.cycle2024).put("characteristicCode", code);
    }

    HeatMap heatMap(Instant asOf) {
        return Reads.await(() -> reports.heatMap(HISTORY.council, HISTORY.cycle2024, asOf));
    }

    static Map<String, Integer> cells(HeatMap m) {
        return m.themes().stream().flatMap(t -> t.cells().stream()).filter(c -> c.openComments() > 0)
                .collect(Collectors.toMap(HeatMap.Cell::code, HeatMap.Cell::openComments));
    }

    static Map<String, Integer> themes(HeatMap m) {
        return m.themes().stream().collect(Collectors.toMap(HeatMap.ThemeRow::code, HeatMap.ThemeRow::openComments));
    }

    @Test
    @Order(1)
    void openCommentsAreCountedPerCharacteristicAndThemeAndInTheSummary() throws Exception {
        try (KafkaProducer<String, String> producer = EventPathTests.producer()) {
            for (EventEnvelope e : HISTORY.events()) {
                producer.send(new ProducerRecord<>(CouncilHistory.topicOf(e.type()), e.streamId(), HISTORY.json(e))).get();
            }
        }
        // The three topics are consumed independently: wait until the last score and the last comment have arrived.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HeatMap m = heatMap(null);
            assertThat(m.summary().openComments()).isEqualTo(3);
            assertThat(m.summary().greenSentence()).as("the colours are untouched").isEqualTo("55 of 73 (75%) green");
        });
        HeatMap now = heatMap(null);
        assertThat(cells(now)).containsExactlyInAnyOrderEntriesOf(Map.of("CI010", 1, "CI011", 1, "L003", 1));
        assertThat(themes(now)).containsAllEntriesOf(Map.of("CI", 2, "L", 1, "G", 0, "C", 0));

        HeatMap before = heatMap(BEFORE_REOPENING);
        assertThat(cells(before)).containsExactlyInAnyOrderEntriesOf(Map.of("CI010", 1, "CI011", 1));
        assertThat(before.summary().openComments()).isEqualTo(2);
        assertThat(heatMap(CouncilHistory.SNAPSHOT).summary().openComments()).as("no comment before the snapshot").isZero();
    }

    @Test
    @Order(2)
    @TestSecurity(user = "planner-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "comments-borough"))
    void theHeatMapsJsonCarriesTheCountsButThePublicViewDoesNot() {
        given().get("/reports/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .body("summary.openComments", equalTo(3)).body("themes[0].openComments", equalTo(2))
                .body("themes[0].cells.find { it.code == 'CI010' }.openComments", equalTo(1));
        given().get("/reports/cycles/{id}/summary", HISTORY.cycle2024).then().statusCode(200).body("openComments", equalTo(3));
        given().get("/public/councils/comments-borough/cycles/{id}/summary", HISTORY.cycle2024).then().statusCode(200)
                .body("$", not(hasKey("openComments")));
        given().get("/public/councils/comments-borough/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .body("themes[0]", not(hasKey("openComments"))).body("themes[0].cells[0]", not(hasKey("openComments")));
    }

    @Test
    @Order(3)
    void commentEventsDeliveredTwiceChangeNothing() throws Exception {
        String before = mapper.writeValueAsString(heatMap(null));
        for (EventEnvelope e : HISTORY.events()) {
            if (!e.type().startsWith("Comment")) continue;
            assertThat(consumers.apply(e).await().indefinitely()).as("a redelivery is recognised").isFalse();
            // Applied again past the inbox: the rows are keyed by the event id, so nothing is added.
            pool.withTransaction(tx -> ReportingConsumers.project(tx, e)).await().indefinitely();
        }
        assertThat(mapper.writeValueAsString(heatMap(null))).isEqualTo(before);
    }

    @Test
    @Order(4)
    @AsOperator
    void aRebuildFromTheTopicsGivesTheSameCounts() throws Exception {
        String now = mapper.writeValueAsString(heatMap(null));
        String before = mapper.writeValueAsString(heatMap(BEFORE_REOPENING));
        given().post("/admin/projections/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/admin/projections/rebuild").then().statusCode(200).body("state", equalTo("COMPLETED")));
        assertThat(mapper.writeValueAsString(heatMap(null))).isEqualTo(now);
        assertThat(mapper.writeValueAsString(heatMap(BEFORE_REOPENING))).isEqualTo(before);
    }
}
