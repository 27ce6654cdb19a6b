package org.bestvalue.reporting;

import org.bestvalue.eventkit.testing.identity.AsOperator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.testing.identity.AsAdmin;
import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.reporting.application.Benchmarks;
import org.bestvalue.reporting.benchmark.SectorBenchmark;
import org.bestvalue.reporting.heatmap.Colour;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.bestvalue.reporting.heatmap.Colour.AMBER;
import static org.bestvalue.reporting.heatmap.Colour.DARK_GREEN;
import static org.bestvalue.reporting.heatmap.Colour.RED;
import static org.bestvalue.reporting.heatmap.Colour.YELLOW;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The sector benchmark against the real database (and, for the rebuild, the real broker): only councils that share
 * are counted, each once; fewer than five is suppressed; leaving removes a council; a council that does not share
 * sees nothing but how to join; the public sees published cycles only; no council is ever named.
 *
 * <p>Each scenario's councils have framework versions of their own label, so the scenarios do not count each other.
 * CI001 is dark green in every council's 2024 final scores unless a scenario re-finalises it.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SectorBenchmarkTests extends FedTests {
    /** Six councils share; five published their 2024 cycle; one more council does not share. */
    static final String SIX = "six-sharing";
    static final List<CouncilHistory> SIX_SHARING = List.of(
            council("bench-1", SIX, true, Map.of()),
            council("bench-2", SIX, true, Map.of("CI001", YELLOW)),
            council("bench-3", SIX, true, Map.of()),
            council("bench-4", SIX, true, Map.of()),
            council("bench-5", SIX, true, Map.of()),
            council("bench-6", SIX, false, Map.of("CI001", AMBER)));
    static final CouncilHistory QUIET = council("bench-quiet", SIX, true, Map.of("CI001", RED));
    /** Four councils share. */
    static final String FOUR = "four-sharing";
    static final List<CouncilHistory> FOUR_SHARING = List.of(council("four-1", FOUR, true, Map.of()),
            council("four-2", FOUR, true, Map.of()), council("four-3", FOUR, true, Map.of()), council("four-4", FOUR, true, Map.of()));
    /** Five share, then one leaves. */
    static final String LEAVING = "leaving";
    static final List<CouncilHistory> FIVE_THEN_FOUR = List.of(council("leave-1", LEAVING, true, Map.of()),
            council("leave-2", LEAVING, true, Map.of()), council("leave-3", LEAVING, true, Map.of()),
            council("leave-4", LEAVING, true, Map.of()), council("leave-5", LEAVING, true, Map.of("CI001", RED)));
    /** Five share; their events go through Kafka, and the read models are rebuilt from the topics. */
    static final String REBUILT = "rebuilt";
    static final List<CouncilHistory> THROUGH_KAFKA = List.of(council("rebuilt-1", REBUILT, true, Map.of()),
            council("rebuilt-2", REBUILT, true, Map.of("CI002", RED)), council("rebuilt-3", REBUILT, true, Map.of()),
            council("rebuilt-4", REBUILT, true, Map.of()), council("rebuilt-5", REBUILT, true, Map.of()));
    static boolean joined;

    @Inject
    Benchmarks benchmarks;
    @Inject
    ObjectMapper mapper;

    /** A council's 2024 self-assessment on a framework labelled {@code label}, with some scores re-finalised before the snapshot. */
    static CouncilHistory council(String id, String label, boolean published, Map<String, Colour> refinalised) {
        CouncilHistory h = new CouncilHistory(id).year2024();
        if (published) h.publish2024();
        for (EventEnvelope e : h.events()) {
            if (e.type().equals("FrameworkVersionImported")) ((ObjectNode) e.data()).put("label", label);
        }
        refinalised.forEach((code, colour) -> h.add("ScoreFinalised", "score", h.cycle2024 + ":" + code,
                Instant.parse("2024-06-08T09:00:00Z"), "leader-1", CouncilHistory.data().put("roundId", h.round2024)
                        .put("cycleId", h.cycle2024).put("characteristicCode", code).put("themeCode", CouncilHistory.theme(code))
                        .put("colour", colour.name()).put("previousColour", "DARK_GREEN").put("reason", "Revised")));
        return h;
    }

    SectorBenchmarkTests() {
        super(new CouncilHistory("nobody"));
    }

    @Override
    @org.junit.jupiter.api.BeforeEach
    void feed() {
        // Once per class: the scenarios' councils stay in the active generation until the last test rebuilds it.
        if (joined) return;
        List<EventEnvelope> all = new ArrayList<>();
        for (List<CouncilHistory> scenario : List.of(SIX_SHARING, List.of(QUIET), FOUR_SHARING, FIVE_THEN_FOUR)) {
            scenario.forEach(h -> all.addAll(h.events()));
        }
        feed(all);
        for (List<CouncilHistory> scenario : List.of(SIX_SHARING, FOUR_SHARING, FIVE_THEN_FOUR, THROUGH_KAFKA)) {
            scenario.forEach(h -> join(h.council));
        }
        joined = true;
    }

    void join(String council) {
        Reads.await(() -> benchmarks.join(CommandContext.of(council, "admin-" + council, Instant.now()), 0));
    }

    @Test
    @Order(1)
    @AsBenchPlanner
    void sharingCouncilsSeeTheCountPerColourOfEveryCouncilThatSharesEachOnce() {
        String ci001 = "themes[0].characteristics[0].";
        given().get("/reports/benchmark/frameworks/{id}", SIX_SHARING.get(0).framework2024).then().statusCode(200)
                .body("frameworkLabel", equalTo(SIX)).body("suppressed", equalTo(false)).body("councils", equalTo(6))
                .body(ci001 + "code", equalTo("CI001")).body(ci001 + "suppressed", equalTo(false))
                .body(ci001 + "councils", equalTo(6))
                // Dark green 4, yellow 1, amber 1 (bench-6 need not have published: sharing councils see final colours);
                // bench-quiet's red is never counted: it does not share.
                .body(ci001 + "counts.find { it.colour == 'DARK_GREEN' }.councils", equalTo(4))
                .body(ci001 + "counts.find { it.colour == 'YELLOW' }.councils", equalTo(1))
                .body(ci001 + "counts.find { it.colour == 'AMBER' }.councils", equalTo(1))
                .body(ci001 + "counts.find { it.colour == 'RED' }.councils", equalTo(0))
                .body(ci001 + "counts.find { it.colour == 'YELLOW' }.colourName", equalTo("Yellow"))
                .body(ci001 + "standing.colour", equalTo("DARK_GREEN"))
                .body(ci001 + "standing.better", equalTo(0)).body(ci001 + "standing.same", equalTo(3))
                .body(ci001 + "standing.worse", equalTo(2))
                .body(ci001 + "standing.sentence", equalTo("Yours is dark green. Of the other councils, 0 are better, 3 are the same and 2 are worse."));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "auditor-bench-2", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "council", value = "bench-2"))
    void theBenchmarkNamesNoCouncilNoCycleAndNoPerson() {
        String json = given().get("/reports/benchmark/frameworks/{id}", SIX_SHARING.get(1).framework2024).then().statusCode(200)
                .extract().asString();
        List<String> never = new ArrayList<>(List.of("bench-", "leader-1", "reviewer-", "moderator-1", "planner-1", "officer-"));
        for (CouncilHistory h : SIX_SHARING) never.addAll(List.of(h.cycle2024, h.framework2024, h.round2024));
        never.addAll(List.of(QUIET.cycle2024, QUIET.framework2024));
        for (String s : never) assertThat(json).as("the benchmark names %s", s).doesNotContain(s);
        String pub = given().get("/public/benchmark/frameworks/{label}", SIX).then().statusCode(200).extract().asString();
        for (String s : never) assertThat(pub).as("the public benchmark names %s", s).doesNotContain(s);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "planner-bench-quiet", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "bench-quiet"))
    void aCouncilThatDoesNotShareIsToldHowToJoinAndSeesNothing() {
        given().get("/reports/benchmark/frameworks/{id}", QUIET.framework2024).then().spec(problem(403, "benchmark-not-shared"))
                .body("detail", containsString("POST /benchmark/sharing/join"))
                .body("$", not(hasKey("themes")));
        // Another council's framework version is not found, whether the caller shares or not.
        given().get("/reports/benchmark/frameworks/{id}", SIX_SHARING.get(0).framework2024).then().spec(problem(404, "not-found"));
    }

    @Test
    @Order(4)
    @AsBenchPlanner
    void anotherCouncilsFrameworkVersionIsNotFound() {
        given().get("/reports/benchmark/frameworks/{id}", SIX_SHARING.get(1).framework2024).then().spec(problem(404, "not-found"));
        given().get("/reports/benchmark/frameworks/{id}", "x".repeat(101)).then().spec(problem(400, "invalid-request"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "planner-four-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "four-1"))
    void fourSharingCouncilsAreSuppressedWithTheReason() {
        String ci001 = "themes[0].characteristics[0].";
        given().get("/reports/benchmark/frameworks/{id}", FOUR_SHARING.get(0).framework2024).then().statusCode(200)
                .body("suppressed", equalTo(true)).body("councils", nullValue())
                .body("sentence", containsString("Fewer than 5 councils"))
                .body(ci001 + "suppressed", equalTo(true)).body(ci001 + "counts", nullValue())
                .body(ci001 + "councils", nullValue())
                .body(ci001 + "suppressedReason", containsString("Fewer than 5 councils"))
                .body(ci001 + "standing.colour", equalTo("DARK_GREEN")).body(ci001 + "standing.same", nullValue());
        given().get("/public/benchmark/frameworks/{label}", FOUR).then().statusCode(200)
                .body("suppressed", equalTo(true)).body("themes[0].characteristics[0].counts", nullValue());
    }

    @Test
    @Order(6)
    void leavingRemovesTheCouncilsColoursAndJoiningAgainBringsThemBack() {
        String leaver = FIVE_THEN_FOUR.get(4).council;
        String reader = FIVE_THEN_FOUR.get(0).council;
        String fw = FIVE_THEN_FOUR.get(0).framework2024;
        var before = ci001(Reads.await(() -> benchmarks.forCouncil(reader, fw)));
        assertThat(before.councils()).isEqualTo(5);
        assertThat(before.counts().get(Colour.RED.ordinal()).councils()).isEqualTo(1);

        Reads.await(() -> benchmarks.leave(CommandContext.of(leaver, "admin-" + leaver, Instant.now()), 1));
        var after = ci001(Reads.await(() -> benchmarks.forCouncil(reader, fw)));
        assertThat(after.suppressed()).isTrue();
        assertThat(after.counts()).isNull();
        // The council that left sees nothing either.
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Reads.await(() -> benchmarks.forCouncil(leaver,
                FIVE_THEN_FOUR.get(4).framework2024)))).hasMessageContaining("does not share");

        Reads.await(() -> benchmarks.join(CommandContext.of(leaver, "admin-" + leaver, Instant.now()), 2));
        assertThat(ci001(Reads.await(() -> benchmarks.forCouncil(reader, fw))).councils()).isEqualTo(5);
    }

    static SectorBenchmark.CharacteristicBenchmark ci001(SectorBenchmark.Benchmark b) {
        return b.themes().get(0).characteristics().get(0);
    }

    @Test
    @Order(7)
    void thePublicBenchmarkNeedsNoTokenCountsPublishedCyclesOnlyAndHasNoStanding() {
        String ci001 = "themes[0].characteristics[0].";
        // bench-6 did not publish: only five councils' published snapshots are counted; bench-quiet does not share.
        given().get("/public/benchmark/frameworks/{label}", SIX).then().statusCode(200)
                .body("suppressed", equalTo(false)).body("councils", equalTo(5))
                .body(ci001 + "councils", equalTo(5))
                .body(ci001 + "counts.find { it.colour == 'DARK_GREEN' }.councils", equalTo(4))
                .body(ci001 + "counts.find { it.colour == 'YELLOW' }.councils", equalTo(1))
                .body(ci001 + "counts.find { it.colour == 'AMBER' }.councils", equalTo(0))
                .body(ci001 + "counts.find { it.colour == 'RED' }.councils", equalTo(0))
                .body(ci001 + "standing", nullValue());
        Contract.answers304ToItsETag(null, "/public/benchmark/frameworks/{label}", SIX);
        given().get("/public/benchmark/frameworks/{label}", "no-such-label").then().spec(problem(404, "not-found"));
    }

    @Test
    @Order(8)
    void theBenchmarkNeedsAToken() {
        given().get("/reports/benchmark/frameworks/{id}", SIX_SHARING.get(0).framework2024).then().statusCode(401);
        given().get("/benchmark/sharing").then().statusCode(401);
        given().post("/benchmark/sharing/join").then().statusCode(401);
    }

    @Test
    @Order(9)
    @AsPlanner
    void onlyTheCouncilsAdminJoinsOrLeaves() {
        given().header("If-Match", "\"0\"").post("/benchmark/sharing/join").then().spec(problem(403, "forbidden"));
        given().header("If-Match", "\"0\"").post("/benchmark/sharing/leave").then().spec(problem(403, "forbidden"));
        given().get("/benchmark/sharing").then().statusCode(200).body("sharing", equalTo(false));
    }

    @Test
    @Order(10)
    @AsAdmin
    void theAdminJoinsAndLeavesAndEachDecisionIsRecordedWithWhoAndWhen() {
        long version = Long.parseLong(given().get("/benchmark/sharing").then().statusCode(200)
                .body("sharing", equalTo(false)).body("minimumCouncils", equalTo(5))
                .extract().header("ETag").replace("\"", ""));
        given().post("/benchmark/sharing/join").then().spec(problem(428, "precondition-required"));
        given().header("If-Match", "\"" + (version + 7) + "\"").post("/benchmark/sharing/join").then().spec(problem(409, "concurrency-conflict"));
        given().header("If-Match", "\"" + version + "\"").post("/benchmark/sharing/join").then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"").body("sharing", equalTo(true))
                .body("decidedBy", equalTo("admin-1")).body("decidedAt", notNullValue()).body("version", equalTo((int) version + 1));
        given().header("If-Match", "\"" + (version + 1) + "\"").post("/benchmark/sharing/join").then().spec(problem(409, "already-sharing"));
        given().get("/benchmark/sharing/history").then().statusCode(200)
                .body("items[0].type", equalTo("BenchmarkSharingJoined")).body("items[0].actor", equalTo("admin-1"))
                .body("items[0].at", notNullValue());
        given().header("If-Match", "\"" + (version + 1) + "\"").post("/benchmark/sharing/leave").then().statusCode(200)
                .body("sharing", equalTo(false));
        given().header("If-Match", "\"" + (version + 2) + "\"").post("/benchmark/sharing/leave").then().spec(problem(409, "not-sharing"));
        given().get("/benchmark/sharing/history").then().statusCode(200).body("total", equalTo((int) version + 2))
                .body("items[0].type", equalTo("BenchmarkSharingLeft"));
        given().queryParam("size", 0).get("/benchmark/sharing/history").then().spec(problem(400, "invalid-parameter", "size"));
    }

    @Test
    @Order(11)
    @AsOperator
    void aRebuildFromTheTopicsGivesTheSameBenchmark() throws Exception {
        try (KafkaProducer<String, String> producer = EventPathTests.producer()) {
            for (CouncilHistory h : THROUGH_KAFKA) {
                for (EventEnvelope e : h.events()) {
                    producer.send(new ProducerRecord<>(CouncilHistory.topicOf(e.type()), e.streamId(), h.json(e))).get();
                }
            }
        }
        String reader = THROUGH_KAFKA.get(0).council;
        String fw = THROUGH_KAFKA.get(0).framework2024;
        // Every council's every final colour (and publication) has arrived: nothing is suppressed any more.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (var b : List.of(Reads.await(() -> benchmarks.forCouncil(reader, fw)), Reads.await(() -> benchmarks.published(REBUILT)))) {
                assertThat(b.councils()).isEqualTo(5);
                assertThat(b.themes()).allSatisfy(t -> assertThat(t.characteristics()).allSatisfy(c -> assertThat(c.suppressed()).isFalse()));
            }
            assertThat(Reads.await(() -> benchmarks.forCouncil(reader, fw)).themes().get(0).characteristics().get(1)
                    .counts().get(Colour.RED.ordinal()).councils()).isEqualTo(1);
        });
        String live = mapper.writeValueAsString(Reads.await(() -> benchmarks.forCouncil(reader, fw)));
        String livePublic = mapper.writeValueAsString(Reads.await(() -> benchmarks.published(REBUILT)));
        given().post("/admin/projections/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/admin/projections/rebuild").then().statusCode(200).body("state", equalTo("COMPLETED")));
        assertThat(mapper.writeValueAsString(Reads.await(() -> benchmarks.forCouncil(reader, fw)))).isEqualTo(live);
        assertThat(mapper.writeValueAsString(Reads.await(() -> benchmarks.published(REBUILT)))).isEqualTo(livePublic);
        assertThat(livePublic).contains("\"councils\":5");
    }
}
