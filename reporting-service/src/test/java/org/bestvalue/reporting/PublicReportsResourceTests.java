package org.bestvalue.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.reporting.application.Reports;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.bestvalue.reporting.Contract.SVG;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The public view: a published cycle's snapshot without a token; nothing unpublished. */
@QuarkusTest
class PublicReportsResourceTests extends FedTests {
    /** 2024 is published; 2025 is not. */
    static final CouncilHistory HISTORY = new CouncilHistory("public-borough").year2024().year2025().publish2024();
    static final String CYCLES = "/public/councils/public-borough/cycles";


    @Inject
    Reports reports;

    PublicReportsResourceTests() {
        super(HISTORY);
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
    void theActionPlanIsAsTheCouncilLastPublishedItWithOnlyTheNotesMarkedPublic() {
        // Internally the plan is live: the benchmarking action is at 60% since 18 October.
        var live = Reads.await(() -> reports.actionPlan(HISTORY.council, HISTORY.cycle2024)).opportunities().get(0).actions().get(0);
        org.assertj.core.api.Assertions.assertThat(live.percent()).isEqualTo(60);
        given().get(CYCLES + "/{id}/action-plan", HISTORY.cycle2024).then().statusCode(200)
                .body("today", equalTo("2024-10-01"))
                // As published on 1 October: 40% from the August report, whose note was internal.
                .body("opportunities[0].actions[0].percent", equalTo(40))
                .body("opportunities[0].actions[0].latestProgress", nullValue())
                .body("opportunities[0].actions[0].latestProgressOn", equalTo("2024-08-19"))
                // The lessons-learned log was completed before then, and its officer marked the note public.
                .body("opportunities[1].actions.find { it.status == 'COMPLETED' }.completionNote", equalTo("Log live on the intranet"))
                .body("opportunities[0].actions[0]", not(hasKey("statusReason")));
    }

    @Test
    void anImgGetsTheSvgAndAPlainFetchGetsJson() {
        given().accept(Contract.IMG_ACCEPT).get(CYCLES + "/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .contentType(startsWith(SVG));
        given().accept(SVG).get(CYCLES + "/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .contentType(startsWith(SVG));
        given().accept("*/*").get(CYCLES + "/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .contentType(ContentType.JSON);
        given().get(CYCLES + "/{id}/heat-map.svg", HISTORY.cycle2024).then().spec(problem(404, "not-found"));
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
        given().get(CYCLES + "/{id}/heat-map", HISTORY.cycle2025).then().spec(problem(404, "not-found"));
        given().get(CYCLES + "/{id}/action-plan", HISTORY.cycle2025).then().spec(problem(404, "not-found"));
        given().get(CYCLES + "/{id}/summary", HISTORY.cycle2025).then().spec(problem(404, "not-found"));
        given().accept(SVG).get(CYCLES + "/{id}/heat-map", HISTORY.cycle2025).then().spec(problem(404, "not-found"));
        given().get("/public/councils/nowhere/cycles/{id}/heat-map", HISTORY.cycle2024).then().spec(problem(404, "not-found"));
    }
}
