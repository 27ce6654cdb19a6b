package org.bestvalue.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.projection.ReportingConsumers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The public view: a published cycle's snapshot without a token; nothing unpublished. */
@QuarkusTest
class PublicReportsResourceTests {
    /** 2024 is published; 2025 is not. */
    static final CouncilHistory HISTORY = new CouncilHistory("public-borough").year2024().year2025().publish2024();

    @Inject
    ReportingConsumers consumers;
    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @BeforeEach
    void feed() {
        Feed.all(consumers, pool, HISTORY.events());
    }

    @Test
    void aPublishedCyclesSnapshotIsReadableWithoutAToken() {
        given().get("/public/councils/public-borough/cycles").then().statusCode(200)
                .body("cycleId", contains(HISTORY.cycle2024)).body("[0].asOf", equalTo("2024-06-10T17:00:00Z"));
        given().get("/public/councils/public-borough/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .body("asOf", equalTo("2024-06-10T17:00:00Z"))
                .body("summary.greenSentence", equalTo("55 of 73 (75%) green"))
                .body("themes[0].cells[0].lastChangedBy", equalTo(null));
        given().get("/public/councils/public-borough/cycles/{id}/summary", HISTORY.cycle2024).then().statusCode(200)
                .body("totals.counts.AMBER", equalTo(1));
        given().get("/public/councils/public-borough/cycles/{id}/action-plan", HISTORY.cycle2024).then().statusCode(200)
                .body("opportunities", hasSize(2)).body("opportunities[0].actions[0].officers", hasSize(0));
        given().get("/public/councils/public-borough/cycles/{id}/heat-map.svg", HISTORY.cycle2024).then().statusCode(200);
    }

    @Test
    void anUnpublishedCycleIsNotFound() {
        given().get("/public/councils/public-borough/cycles/{id}/heat-map", HISTORY.cycle2025).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/public/councils/public-borough/cycles/{id}/action-plan", HISTORY.cycle2025).then().statusCode(404);
        given().get("/public/councils/public-borough/cycles/{id}/summary", HISTORY.cycle2025).then().statusCode(404);
        given().get("/public/councils/nowhere/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(404);
    }
}
