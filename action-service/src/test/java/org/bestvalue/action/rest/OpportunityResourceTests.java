package org.bestvalue.action.rest;

import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsOtherPlanner;
import org.bestvalue.eventkit.testing.identity.AsLeadership;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.action.Given;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.bestvalue.action.rest.Http.ifMatch;
import static org.bestvalue.action.rest.Http.json;
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
        String location = json()
                .body("{\"characteristicCode\":\"CI011\",\"gap\":\"Benchmarking is not used to set targets\"}")
                .post("/cycles/{c}/opportunities", cycle)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("characteristicCode", equalTo("CI011")).body("origin", equalTo("PLANNER"))
                .body("cycleId", equalTo(cycle))
                .extract().header("Location");
        given().get(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("gap", equalTo("Benchmarking is not used to set targets")).body("actions", hasSize(0));
        given().get("/cycles/{c}/opportunities", cycle).then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(1)).body("items[0].themeCode", equalTo("CI"))
                .body("items[0].characteristicTitle", equalTo("Characteristic CI011")).body("items[0].actions", equalTo(0));
    }

    @Test
    @AsPlanner
    void aSecondOpportunityOnTheSameCharacteristicIsAConflict() {
        String cycle = given.cycle(Given.COUNCIL);
        given.opportunity(Given.COUNCIL, cycle, "CI010");
        json().body("{\"characteristicCode\":\"CI010\",\"gap\":\"again\"}")
                .post("/cycles/{c}/opportunities", cycle)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("opportunity-exists")).body("field", equalTo("characteristicCode"));
    }

    @Test
    @AsPlanner
    void anUnknownCharacteristicIs422NamingTheField() {
        String cycle = given.cycle(Given.COUNCIL);
        json().body("{\"characteristicCode\":\"ZZ999\",\"gap\":\"x\"}")
                .post("/cycles/{c}/opportunities", cycle)
                .then().statusCode(422).contentType("application/problem+json")
                .body("field", equalTo("characteristicCode")).body("type", containsString("unknown-characteristic"));
    }

    @Test
    @AsPlanner
    void aCrossReferenceCellIs422() {
        String cycle = given.cycle(Given.COUNCIL);
        json().body("{\"characteristicCode\":\"G002\",\"gap\":\"x\"}")
                .post("/cycles/{c}/opportunities", cycle)
                .then().statusCode(422).body("type", containsString("cross-reference")).body("detail", containsString("CI012"));
    }

    @Test
    @AsPlanner
    void anUnknownCycleIs404NamingTheField() {
        json().body("{\"characteristicCode\":\"CI011\",\"gap\":\"x\"}")
                .post("/cycles/{c}/opportunities", "no-such-cycle")
                .then().statusCode(404).contentType("application/problem+json").body("field", equalTo("cycleId"));
        given().get("/cycles/{c}/opportunities", "no-such-cycle").then().statusCode(404).body("field", equalTo("cycleId"));
    }

    @Test
    @AsPlanner
    void aMissingGapIs400NamingTheField() {
        json().body("{\"characteristicCode\":\"CI011\"}")
                .post("/cycles/{c}/opportunities", "any")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("gap"));
        json().body("{not json")
                .post("/cycles/{c}/opportunities", "any")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void withoutATokenIs401() {
        json().body("{\"characteristicCode\":\"CI011\",\"gap\":\"x\"}")
                .post("/cycles/{c}/opportunities", "c").then().statusCode(401);
        given().get("/cycles/{c}/opportunities", "c").then().statusCode(401);
    }

    @Test
    @AsLeadership
    void leadershipReadsButCannotRaise() {
        String cycle = given.cycle(Given.COUNCIL);
        json().body("{\"characteristicCode\":\"CI011\",\"gap\":\"x\"}")
                .post("/cycles/{c}/opportunities", cycle).then().statusCode(403).contentType("application/problem+json");
        given().get("/cycles/{c}/opportunities", cycle).then().statusCode(200);
    }

    @Test
    @AsOtherPlanner
    void anotherCouncilsOpportunityAndCycleAreNotFound() {
        String cycle = given.cycle(Given.COUNCIL);
        String opp = given.opportunity(Given.COUNCIL, cycle, "L001");
        given().get("/opportunities/{id}", opp).then().statusCode(404);
        given().get("/cycles/{c}/opportunities", cycle).then().statusCode(404);
        ifMatch(1).body("{\"gap\":\"mine now\"}")
                .put("/opportunities/{id}/gap", opp).then().statusCode(404);
    }

    @Test
    @AsPlanner
    void revisingTheGapNamesTheVersionRead() {
        String cycle = given.cycle(Given.COUNCIL);
        String opp = given.opportunity(Given.COUNCIL, cycle, "L002");
        json().body("{\"gap\":\"Sharper gap\"}")
                .put("/opportunities/{id}/gap", opp).then().statusCode(428).body("field", equalTo("If-Match"));
        ifMatch(1).body("{\"gap\":\"Sharper gap\"}")
                .put("/opportunities/{id}/gap", opp).then().statusCode(200).header("ETag", "\"2\"").body("gap", equalTo("Sharper gap"));
        ifMatch(1).body("{\"gap\":\"Stale gap\"}")
                .put("/opportunities/{id}/gap", opp).then().statusCode(409).body("currentVersion", equalTo(2));
        given().get("/opportunities/{id}", opp).then().body("gap", equalTo("Sharper gap")).body("version", notNullValue());
    }
}
