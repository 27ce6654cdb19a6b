package org.bestvalue.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.bestvalue.reporting.Contract.SVG;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The public view: a published cycle's snapshot without a token; nothing unpublished. */
@QuarkusTest
class PublicReportsResourceTests extends FedTests {
    /** 2024 is published; 2025 is not. */
    static final CouncilHistory HISTORY = new CouncilHistory("public-borough").year2024().year2025().publish2024();
    static final String CYCLES = "/public/councils/public-borough/cycles";


    @Override
    CouncilHistory history() {
        return HISTORY;
    }

    @Test
    void aPublishedCyclesSnapshotIsReadableWithoutAToken() {
        given().get(CYCLES).then().statusCode(200)
                .body("items.cycleId", contains(HISTORY.cycle2024)).body("items[0].asOf", equalTo("2024-06-10T17:00:00Z"))
                .body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(50));
        given().get(CYCLES + "/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .body("asOf", equalTo("2024-06-10T17:00:00Z"))
                .body("summary.greenSentence", equalTo("55 of 73 (75%) green"));
        given().get(CYCLES + "/{id}/summary", HISTORY.cycle2024).then().statusCode(200)
                .body("totals.counts.AMBER", equalTo(1));
        given().get(CYCLES + "/{id}/action-plan", HISTORY.cycle2024).then().statusCode(200)
                .body("opportunities", hasSize(2)).body("opportunities[0].actions[0].description", equalTo(
                        "Join the LG Inform benchmarking club"))
                .body("opportunities[0].actions[0].serviceArea", equalTo("Corporate Performance"));
    }

    @Test
    void thePublicShapesLeaveOutWhoChangedScoresAndTheOfficersIds() {
        given().get(CYCLES + "/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .body("themes[0].cells[0]", not(hasKey("lastChangedBy")))
                .body("themes[0].cells[0]", hasKey("lastChangedAt"));
        given().get(CYCLES + "/{id}/action-plan", HISTORY.cycle2024).then().statusCode(200)
                .body("opportunities[0].actions[0]", not(hasKey("officers")))
                .body("opportunities[0].actions[0]", not(hasKey("externalReferences")))
                .body("overdueActions[0]", not(hasKey("officers")));
    }

    @Test
    void anImgGetsTheSvgAndAPlainFetchGetsJson() {
        given().accept(Contract.IMG_ACCEPT).get(CYCLES + "/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .contentType(startsWith(SVG));
        given().accept(SVG).get(CYCLES + "/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .contentType(startsWith(SVG));
        given().accept("*/*").get(CYCLES + "/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .contentType(ContentType.JSON);
        given().get(CYCLES + "/{id}/heat-map.svg", HISTORY.cycle2024).then().statusCode(404);
    }

    @Test
    void thePublicDocumentsAnswer304ToTheirETag() {
        Contract.answers304ToItsETag(null, CYCLES + "/{id}/heat-map", HISTORY.cycle2024);
        Contract.answers304ToItsETag(SVG, CYCLES + "/{id}/heat-map", HISTORY.cycle2024);
        Contract.answers304ToItsETag(null, CYCLES + "/{id}/summary", HISTORY.cycle2024);
        Contract.answers304ToItsETag(null, CYCLES + "/{id}/action-plan", HISTORY.cycle2024);
    }

    @Test
    void thePublishedCyclesArePagedAndCheckTheirParameters() {
        given().queryParam("sort", "title").queryParam("size", 1).get(CYCLES).then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1)).body("total", equalTo(1));
        given().get("/public/councils/nowhere/cycles").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        Contract.refusesBadPaging(CYCLES);
    }

    @Test
    void anUnpublishedCycleIsNotFound() {
        given().get(CYCLES + "/{id}/heat-map", HISTORY.cycle2025).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(CYCLES + "/{id}/action-plan", HISTORY.cycle2025).then().statusCode(404);
        given().get(CYCLES + "/{id}/summary", HISTORY.cycle2025).then().statusCode(404);
        given().accept(SVG).get(CYCLES + "/{id}/heat-map", HISTORY.cycle2025).then().statusCode(404);
        given().get("/public/councils/nowhere/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(404);
    }
}
