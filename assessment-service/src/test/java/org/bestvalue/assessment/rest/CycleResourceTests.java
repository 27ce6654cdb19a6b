package org.bestvalue.assessment.rest;

import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsOtherPlanner;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.bestvalue.assessment.ListContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.bestvalue.assessment.Http.ifMatch;
import static org.bestvalue.assessment.Http.json;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@AsPlanner
class CycleResourceTests {
    @Inject
    Fixtures fixtures;

    @Test
    void aPlannerOpensACycleForAYearAndASecondCycleForTheSameYearIsAConflict() {
        UUID framework = fixtures.demo(Fixtures.COUNCIL).statutory().id;
        int year = Fixtures.nextYear();
        Map<String, Object> body = Map.of("year", year, "title", "Self-assessment", "frameworkVersionId", framework.toString());
        json().body(body).when().post("/cycles").then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("OPEN")).body("year", equalTo(year));
        json().body(body).when().post("/cycles").then().spec(problem(409, "cycle-year-exists", "year"));
        given().when().get("/cycles").then().statusCode(200).body("items.year", hasItem(year));
    }

    @Test
    void theCyclesAreAPageNewestYearFirstAndBadPagingIsRefusedNamingTheParameter() {
        UUID framework = fixtures.demo(Fixtures.COUNCIL).statutory().id;
        int older = Fixtures.nextYear();
        int newer = Fixtures.nextYear();
        fixtures.openCycle(Fixtures.COUNCIL, older, framework);
        fixtures.openCycle(Fixtures.COUNCIL, newer, framework);
        ListContract.answersThePageEnvelope("/cycles", 2);
        List<Integer> years = given().queryParam("size", 200).when().get("/cycles").then().statusCode(200)
                .extract().jsonPath().getList("items.year", Integer.class);
        assertTrue(years.indexOf(newer) < years.indexOf(older), "latest year first: " + years);
        given().queryParam("size", 1).queryParam("page", 0).queryParam("sort", "year").when().get("/cycles").then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1)).body("items[0].year", lessThanOrEqualTo(older));
        given().queryParam("page", 100_000).when().get("/cycles").then().statusCode(200).body("items", hasSize(0));
        ListContract.refusesBadPaging("/cycles");
    }

    @Test
    void aCycleReadAgainWithItsETagIsNotModified() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        String etag = given().when().get("/cycles/" + cycle).then().statusCode(200).header("ETag", equalTo("\"1\"")).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/cycles/" + cycle).then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-Match", etag).when().post("/cycles/" + cycle + "/snapshots").then().statusCode(200);
        given().header("If-None-Match", etag).when().get("/cycles/" + cycle).then().statusCode(200).header("ETag", equalTo("\"2\""));
    }

    @Test
    void openingOnAnUnknownFrameworkVersionNamesTheField() {
        json()
                .body(Map.of("year", Fixtures.nextYear(), "title", "x", "frameworkVersionId", UUID.randomUUID().toString()))
                .when().post("/cycles").then().spec(problem(422, "unknown-framework-version", "frameworkVersionId"));
    }

    @Test
    void aYearOutOfRangeAndAMissingTitleAreBadRequestsNamingTheFields() {
        json().body(Map.of("year", 1999, "frameworkVersionId", UUID.randomUUID().toString()))
                .when().post("/cycles").then().spec(problem(400, "invalid-request"))
                .body("errors.field", hasItems("year", "title"));
        json().body("{\"year\": \"soon\"").when().post("/cycles").then().spec(problem(400, "malformed-body"));
    }

    @Test
    void snapshotThenPublishThenCloseEachNeedTheVersionRead() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        json().body(Map.of()).when().post("/cycles/" + cycle + "/publish").then().spec(problem(428, "precondition-required", "If-Match"));
        ifMatch(1).body(Map.of()).when().post("/cycles/" + cycle + "/publish")
                .then().spec(problem(409, "no-snapshot", "status"));
        ifMatch(1).body(Map.of("asOf", "2024-06-10T00:00:00Z"))
                .when().post("/cycles/" + cycle + "/snapshots").then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("status", equalTo("SNAPSHOT_TAKEN"))
                .body("snapshots", contains("2024-06-10T00:00:00Z"));
        ifMatch(1).body(Map.of())
                .when().post("/cycles/" + cycle + "/publish").then().spec(problem(409, "concurrency-conflict")).body("currentVersion", equalTo(2));
        ifMatch(2).body(Map.of())
                .when().post("/cycles/" + cycle + "/publish").then().statusCode(200).body("publishedAsOf", equalTo("2024-06-10T00:00:00Z"));
        given().header("If-Match", "\"3\"").when().post("/cycles/" + cycle + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().header("If-Match", "\"4\"").when().post("/cycles/" + cycle + "/close").then().spec(problem(409, "cycle-closed"));
    }

    @Test
    void aSnapshotWithoutABodyFreezesTheHeatMapNow() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        given().header("If-Match", "\"1\"").when().post("/cycles/" + cycle + "/snapshots").then().statusCode(200)
                .body("snapshots", hasSize(1));
        given().header("If-Match", "\"2\"").when().post("/cycles/" + cycle + "/publish").then().statusCode(200);
    }

    @Test
    void aSnapshotAsOfTheFutureIsRefused() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        ifMatch(1).body(Map.of("asOf", "2999-01-01T00:00:00Z"))
                .when().post("/cycles/" + cycle + "/snapshots").then().spec(problem(422, "snapshot-in-future", "asOf"));
        ifMatch(1).body(Map.of("asOf", "10 June"))
                .when().post("/cycles/" + cycle + "/snapshots").then().spec(problem(400, "invalid-instant", "asOf"));
    }

    @Test
    void carryingForwardOntoTheStatutoryVersionFollowsTheMappingDropsRemovedAndLeavesAddedEmpty() {
        var demo = fixtures.demo(Fixtures.COUNCIL);
        int year = Fixtures.nextYear();
        UUID draftCycle = fixtures.openCycle(Fixtures.COUNCIL, year, demo.draft().id);
        fixtures.draftNarrative(Fixtures.COUNCIL, draftCycle, "CI001", "Our improvement plan ...");
        fixtures.draftNarrative(Fixtures.COUNCIL, draftCycle, "CI004", "Benchmarking ...");
        fixtures.draftNarrative(Fixtures.COUNCIL, draftCycle, "L009", "All-out elections are for members to decide ...");
        fixtures.draftNarrative(Fixtures.COUNCIL, draftCycle, "PCE008", "A characteristic the statutory text dropped");
        UUID evidence = fixtures.evidenceItem(Fixtures.COUNCIL, "Benchmarking report");
        fixtures.attach(Fixtures.COUNCIL, draftCycle, "CI004", evidence);

        String next = json()
                .body(Map.of("year", Fixtures.nextYear(), "title", "Next year", "frameworkVersionId", demo.statutory().id.toString()))
                .when().post("/cycles/" + draftCycle + "/carry-forward").then().statusCode(201)
                .body("cycle.carriedForwardFrom", equalTo(draftCycle.toString()))
                .body("narratives.characteristicCode", contains("CI001", "CI004", "L009"))
                .body("narratives.find { it.characteristicCode == 'CI004' }.evidenceLinks", equalTo(1))
                .body("dropped", contains("PCE008"))
                .body("startedEmpty", hasItem("CI010"))
                .body("startedEmpty", not(hasItem("G002")))
                .extract().path("cycle.id");

        given().when().get("/cycles/" + next + "/narratives").then().statusCode(200).body("items", hasSize(3)).body("total", equalTo(3));
        given().when().get("/cycles/" + next + "/narratives/CI004").then().statusCode(200)
                .body("text", equalTo("Benchmarking ...")).body("evidenceIds", contains(evidence.toString()));
        given().when().get("/evidence/" + evidence + "/usage").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void carryingForwardOntoTheCouncils2025ListJoinsMergedNarrativesAndLeavesL009Behind() {
        var demo = fixtures.demo(Fixtures.COUNCIL);
        UUID cycle = fixtures.openCycle(Fixtures.COUNCIL, Fixtures.nextYear(), demo.statutory().id);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "R004", "The capital programme ...");
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "R005", "Treasury management ...");
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "L009", "All-out elections are for members to decide ...");
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "CI011", "A citizens' panel is planned ...");

        String next = json()
                .body(Map.of("year", Fixtures.nextYear(), "title", "Re-assessment", "frameworkVersionId", demo.revised().id.toString()))
                .when().post("/cycles/" + cycle + "/carry-forward").then().statusCode(201)
                .body("narratives.characteristicCode", contains("CI011", "R004"))
                .body("narratives.find { it.characteristicCode == 'R004' }.fromCodes", contains("R004", "R005"))
                .body("dropped", contains("L009"))
                .body("startedEmpty", hasItem("CI013"))
                .body("startedEmpty", not(hasItem("R005")))
                .extract().path("cycle.id");
        given().when().get("/cycles/" + next + "/narratives/R004").then().statusCode(200)
                .body("text", equalTo("[R004]\nThe capital programme ...\n\n[R005]\nTreasury management ..."));
    }

    @Test
    void carryingForwardToAnEarlierYearIsRefused() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        json().body(Map.of("year", 2001, "title", "Back in time"))
                .when().post("/cycles/" + cycle + "/carry-forward").then().spec(problem(422, "year-not-after", "year"));
    }

    @Test
    @AsAuthor
    void anAuthorCannotOpenACycleButCanReadThem() {
        json().body(Map.of("year", 2050, "title", "x", "frameworkVersionId", UUID.randomUUID().toString()))
                .when().post("/cycles").then().spec(problem(403, "forbidden"));
        given().when().get("/cycles").then().statusCode(200);
    }

    @Test
    @AsOtherPlanner
    void anotherCouncilsCycleIsNotFound() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        given().when().get("/cycles/" + cycle).then().spec(problem(404, "not-found"));
        given().header("If-Match", "\"1\"").when().post("/cycles/" + cycle + "/close").then().spec(problem(404, "not-found"));
        given().when().get("/cycles").then().statusCode(200).body("items.id", not(hasItem(cycle.toString())));
    }

    @Test
    @TestSecurity
    void withoutATokenCyclesAreUnauthorized() {
        given().when().get("/cycles").then().statusCode(401);
    }
}
