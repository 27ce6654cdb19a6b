package org.bestvalue.scoring.rest;

import org.bestvalue.scoring.AsCiReviewer;
import org.bestvalue.eventkit.testing.OpenApiContract;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.bestvalue.scoring.Fixtures;
import org.bestvalue.scoring.Fixtures.Assessment;
import org.bestvalue.scoring.score.Colour;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite's API conventions (docs/api-conventions.md) as the scoring service answers them: page
 * envelopes and their bad parameters, conditional GETs, correlation ids into events, the OpenAPI document.
 */
@QuarkusTest
class ApiConventionsTests {
    @Inject
    Fixtures fixtures;
    @Inject
    Pool pool;

    /** A round with three scores: CI001, CI002 (rev-ci) and L001 (rev-l). */
    private String roundWithThreeScores(Assessment a) {
        String round = fixtures.roundWithReviewers(a);
        fixtures.score(a, round, "L001", "rev-l", Colour.RED);
        fixtures.score(a, round, "CI002", "rev-ci", Colour.DARK_GREEN);
        fixtures.finalScore(a, round, "CI001", "rev-ci", Colour.LIGHT_GREEN);
        return round;
    }

    private List<String> listPaths(Assessment a, String round) {
        return List.of("/rounds", "/rounds/" + round + "/scores", "/rounds/" + round + "/scores/CI001/history",
                "/cycles/" + a.cycleId() + "/characteristics/CI001/history");
    }

    @Test
    @AsAuditor
    void everyListAnswersThePageEnvelopeAndRefusesBadPagingNamingTheParameter() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = roundWithThreeScores(a);
        for (String path : listPaths(a, round)) {
            given().queryParam("size", 1).when().get(path).then().statusCode(200)
                    .body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1));
            given().when().get(path).then().statusCode(200).body("size", equalTo(50));
            for (Map.Entry<String, Object> bad : Map.<String, Object>of("page", -1, "size", 0, "sort", "shoeSize").entrySet()) {
                given().queryParam(bad.getKey(), bad.getValue()).when().get(path).then()
                        .spec(problem(400, "invalid-parameter", bad.getKey()));
            }
            given().queryParam("size", 201).when().get(path).then().spec(problem(400, "invalid-parameter", "size"));
        }
    }

    @Test
    @AsAuditor
    void aRoundsScoresPageFilterAndSort() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = roundWithThreeScores(a);
        String scores = "/rounds/" + round + "/scores";
        // Framework order by default, across pages without overlap.
        given().queryParam("size", 2).when().get(scores).then().statusCode(200)
                .body("total", equalTo(3)).body("items.characteristicCode", equalTo(List.of("CI001", "CI002")));
        given().queryParam("size", 2).queryParam("page", 1).when().get(scores).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("items.characteristicCode", equalTo(List.of("L001")));
        given().queryParam("page", 5).when().get(scores).then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(3));
        given().queryParam("sort", "-code").when().get(scores).then().statusCode(200)
                .body("items.characteristicCode", equalTo(List.of("L001", "CI002", "CI001")));
        given().queryParam("theme", "CI").when().get(scores).then().body("total", equalTo(2));
        given().queryParam("state", "FINAL").when().get(scores).then().body("items.characteristicCode", equalTo(List.of("CI001")));
        given().queryParam("reviewer", "rev-l").when().get(scores).then().body("items.characteristicCode", equalTo(List.of("L001")));
        given().queryParam("state", "PURPLE").when().get(scores).then().spec(problem(400, "invalid-status", "state"));
        // The CSV holds every matching row, not one page.
        String csv = given().accept("text/csv").queryParam("size", 1).queryParam("theme", "CI").when().get(scores)
                .then().statusCode(200).extract().asString();
        assertEquals(3, csv.lines().count(), csv);
    }

    @Test
    @AsAuditor
    void aResourceOrDocumentReadAgainWithItsETagIsNotModified() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = roundWithThreeScores(a);
        for (String path : List.of("/rounds/" + round, "/rounds/" + round + "/scores/CI001", "/cycles/" + a.cycleId() + "/scores")) {
            String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304).body(emptyString());
            given().header("If-None-Match", "\"999\"").when().get(path).then().statusCode(200);
        }
        String csvTag = given().accept("text/csv").when().get("/rounds/" + round + "/scores").then().statusCode(200)
                .extract().header("ETag");
        given().accept("text/csv").header("If-None-Match", csvTag).when().get("/rounds/" + round + "/scores").then().statusCode(304);
        // A round's ETag is its version: the one a planner's write names.
        given().when().get("/rounds/" + round).then().header("ETag", "\"3\"");
    }

    @Test
    @AsCiReviewer
    void theCorrelationIdOfACommandComesBackAndIsTheCorrelationIdOfItsEvent() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = fixtures.roundWithReviewers(a);
        String correlation = "corr-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").header("X-Correlation-Id", correlation)
                .body("{\"colour\":\"YELLOW\",\"rationale\":\"Gaps\"}")
                .when().put("/rounds/" + round + "/scores/CI001")
                .then().statusCode(200).header("X-Correlation-Id", correlation);
        String stored = pool.preparedQuery("SELECT correlation_id FROM events WHERE stream_type = 'score' AND stream_id = $1")
                .execute(Tuple.of(round + ":CI001")).await().atMost(Duration.ofSeconds(30)).iterator().next().getString("correlation_id");
        assertEquals(correlation, stored);
        given().when().get("/rounds/" + round + "/scores/CI001/history").then().statusCode(200)
                .body("items[0].correlationId", equalTo(correlation));
        // An error answer carries the correlation id too.
        given().contentType(ContentType.JSON).header("X-Correlation-Id", correlation).body("{\"colour\":\"YELLOW\",\"rationale\":\"Gaps\"}")
                .when().put("/rounds/" + round + "/scores/CI002").then().spec(problem(428, "precondition-required", "If-Match")).header("X-Correlation-Id", correlation);
    }

    @Test
    void theOpenApiDocumentNamesEveryOperationForTheServiceAndEveryErrorIsAProblem() {
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        JsonPath doc = JsonPath.from(json);
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) continue; // e.g. parameters
                operations++;
                String where = op.getKey() + " " + path.getKey();
                assertTrue(String.valueOf(operation.get("operationId")).startsWith("scoring"), where + ": " + operation.get("operationId"));
                Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
                for (var r : responses.entrySet()) {
                    if (!r.getKey().toString().startsWith("4")) continue;
                    String schema = String.valueOf(((Map<?, ?>) r.getValue()).get("content"));
                    assertTrue(schema.contains("application/problem+json") && schema.contains("#/components/schemas/Problem"),
                            where + " " + r.getKey() + ": " + schema);
                }
            }
        }
        assertTrue(operations >= 14, "operations: " + operations);
        // Every error response shows an example problem body of each code its description names (none: it names no code).
        OpenApiContract.assertEveryErrorHasAnExample(json);
        assertFalse(doc.getMap("components.securitySchemes.keycloak").isEmpty());
        given().when().get("/q/openapi?format=json").then()
                .body("paths.'/rounds/{roundId}/scores/{code}/moderate'.post.operationId", equalTo("scoringScoreModerate"))
                .body("paths.'/rounds'.get.description", containsString("default openedAt,roundId"))
                .body("paths.'/rounds/{roundId}/scores/{code}/history'.get.summary", endsWith("(paged)"))
                .body("paths.'/rounds/{roundId}/scores/{code}'.get.responses.'304'.description", containsString("If-None-Match"))
                .body("paths.'/rounds/{roundId}/scores/{code}/moderate'.post.responses.'404'.description",
                        containsString("no such characteristic in its framework"));
        // Each problem code a response names has an example body under that response's own status: moderating a score
        // you worked on is a 409, as the service answers it, never a 422.
        String moderate = "paths.'/rounds/{roundId}/scores/{code}/moderate'.post.responses.";
        String examples = ".content.'application/problem+json'.examples";
        given().when().get("/q/openapi?format=json").then()
                .body(moderate + "'409'" + examples + ".keySet()", hasItems("moderator-not-independent", "score-reopened", "round-closed"))
                .body(moderate + "'409'" + examples + ".'moderator-not-independent'.value.type", equalTo("/problems/moderator-not-independent"))
                .body(moderate + "'409'" + examples + ".'moderator-not-independent'.value.status", equalTo(409))
                .body(moderate + "'422'" + examples + ".keySet()", hasItems("colour-required", "reason-required"))
                .body(moderate + "'422'" + examples + ".keySet()", not(hasItem("moderator-not-independent")))
                .body(moderate + "'401'" + examples + ".keySet()", hasItems("unauthorized"));
    }
}
