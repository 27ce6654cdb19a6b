package org.bestvalue.action.rest;

import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsOtherPlanner;
import org.bestvalue.eventkit.testing.identity.AsLeadership;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.bestvalue.action.Given;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.bestvalue.action.rest.Http.ifMatch;
import static org.bestvalue.action.rest.Http.json;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OpportunityResourceTests {

    @Inject
    Given given;

    @Test
    @AsPlanner
    void plannerRaisesAnOpportunityAndReadsItBackWithItsVersion() {
        String cycle = given.cycle(Given.COUNCIL);
        String location = raise(cycle, "{\"characteristicCode\":\"CI011\",\"gap\":\"Benchmarking is not used to set targets\"}")
                .statusCode(201).header("ETag", "\"1\"")
                .body("characteristicCode", equalTo("CI011")).body("origin", equalTo("PLANNER"))
                .body("cycleId", equalTo(cycle))
                .extract().header("Location");
        given().get(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("gap", equalTo("Benchmarking is not used to set targets")).body("actions", hasSize(0));
        given().get("/cycles/{c}/opportunities", cycle).then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(1)).body("items[0].themeCode", equalTo("CI"))
                .body("items[0].characteristicTitle", equalTo("Characteristic CI011")).body("items[0].actions", equalTo(0));
    }

    /** A second opportunity on the same characteristic is a conflict (409); an unknown characteristic is 422. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"CI010, 409, opportunity-exists", "ZZ999, 422, unknown-characteristic"})
    @AsPlanner
    void aCharacteristicTakenOrUnknownIsRefusedNamingTheField(String code, int status, String type) {
        String cycle = given.cycle(Given.COUNCIL);
        given.opportunity(Given.COUNCIL, cycle, "CI010");
        raise(cycle, "{\"characteristicCode\":\"" + code + "\",\"gap\":\"again\"}").spec(problem(status, type, "characteristicCode"));
    }

    @Test
    @AsPlanner
    void aCrossReferenceCellIs422() {
        String cycle = given.cycle(Given.COUNCIL);
        raise(cycle, "{\"characteristicCode\":\"G002\",\"gap\":\"x\"}").spec(problem(422, "cross-reference-characteristic")).body("detail", containsString("CI012"));
    }

    @Test
    @AsPlanner
    void anUnknownCycleIs404NamingTheField() {
        raise("no-such-cycle", "{\"characteristicCode\":\"CI011\",\"gap\":\"x\"}").spec(problem(404, "cycle-not-found", "cycleId"));
        given().get("/cycles/{c}/opportunities", "no-such-cycle").then().spec(problem(404, "cycle-not-found", "cycleId"));
    }

    @Test
    @AsPlanner
    void aMissingGapIs400NamingTheField() {
        raise("any", "{\"characteristicCode\":\"CI011\"}").spec(problem(400, "invalid-request", "gap"));
        raise("any", "{not json").spec(problem(400, "malformed-body"));
    }

    @Test
    void withoutATokenIs401() {
        raise("c", "{\"characteristicCode\":\"CI011\",\"gap\":\"x\"}").statusCode(401);
        given().get("/cycles/{c}/opportunities", "c").then().statusCode(401);
    }

    @Test
    @AsLeadership
    void leadershipReadsButCannotRaise() {
        String cycle = given.cycle(Given.COUNCIL);
        raise(cycle, "{\"characteristicCode\":\"CI011\",\"gap\":\"x\"}").spec(problem(403, "forbidden"));
        given().get("/cycles/{c}/opportunities", cycle).then().statusCode(200);
    }

    @Test
    @AsOtherPlanner
    void anotherCouncilsOpportunityAndCycleAreNotFound() {
        String cycle = given.cycle(Given.COUNCIL);
        String opp = given.opportunity(Given.COUNCIL, cycle, "L001");
        given().get("/opportunities/{id}", opp).then().spec(problem(404, "not-found"));
        given().get("/cycles/{c}/opportunities", cycle).then().spec(problem(404, "cycle-not-found"));
        ifMatch(1).body("{\"gap\":\"mine now\"}")
                .put("/opportunities/{id}/gap", opp).then().spec(problem(404, "not-found"));
    }

    @Test
    @AsPlanner
    void revisingTheGapNamesTheVersionRead() {
        String opp = given.opportunity(Given.COUNCIL, "L002");
        json().body("{\"gap\":\"Sharper gap\"}")
                .put("/opportunities/{id}/gap", opp).then().spec(problem(428, "precondition-required", "If-Match"));
        ifMatch(1).body("{\"gap\":\"Sharper gap\"}")
                .put("/opportunities/{id}/gap", opp).then().statusCode(200).header("ETag", "\"2\"").body("gap", equalTo("Sharper gap"));
        ifMatch(1).body("{\"gap\":\"Stale gap\"}")
                .put("/opportunities/{id}/gap", opp).then().spec(problem(409, "concurrency-conflict")).body("currentVersion", equalTo(2));
        given().get("/opportunities/{id}", opp).then().body("gap", equalTo("Sharper gap")).body("version", notNullValue());
    }

    /** POST /cycles/{cycle}/opportunities with a JSON body: raising an opportunity. */
    private static ValidatableResponse raise(String cycle, String body) {
        return json().body(body).post("/cycles/{c}/opportunities", cycle).then();
    }
}
