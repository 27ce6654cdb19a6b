package org.bestvalue.scoring.rest;

import org.bestvalue.eventkit.testing.identity.AsOfficer;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.scoring.Fixtures;
import org.bestvalue.scoring.Fixtures.Assessment;
import org.bestvalue.scoring.score.Colour;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The contract of /cycles/{cycleId}: the cycle's current colours across rounds, and a characteristic's history. */
@QuarkusTest
class CycleResourceTests {
    @Inject
    Fixtures fixtures;

    @Test
    @AsAuditor
    void aCyclesColourIsTheLatestScoreAcrossItsRoundsAndItsHistorySpansThem() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String initial = fixtures.roundWithReviewers(a);
        fixtures.finalScore(a, initial, "CI001", "rev-ci", Colour.AMBER);
        fixtures.finalScore(a, initial, "CI002", "rev-ci", Colour.LIGHT_GREEN);
        fixtures.finalScore(a, initial, "L001", "rev-l", Colour.GREY);
        fixtures.close(a, initial);
        String recheck = fixtures.openRecheck(a);
        fixtures.assign(a, recheck, "CI", "rev-ci");
        fixtures.finalScore(a, recheck, "CI001", "rev-ci", Colour.YELLOW);
        fixtures.score(a, recheck, "CI003", "rev-ci", Colour.DARK_GREEN);

        given().when().get("/cycles/" + a.cycleId() + "/scores").then().statusCode(200)
                .body("scorable", equalTo(6))
                .body("finalCount", equalTo(3))
                .body("finalColours", equalTo(Map.of("DARK_GREEN", 0, "LIGHT_GREEN", 1, "YELLOW", 1, "AMBER", 0, "RED", 0, "GREY", 1)))
                .body("characteristics.find { it.characteristicCode == 'CI001' }.colour", equalTo("YELLOW"))
                .body("characteristics.find { it.characteristicCode == 'CI001' }.roundId", equalTo(recheck))
                .body("characteristics.find { it.characteristicCode == 'CI003' }.status", equalTo("SCORED"))
                .body("characteristics.find { it.characteristicCode == 'L002' }.status", equalTo("UNSCORED"))
                .body("characteristics.find { it.characteristicCode == 'G002' }.crossReferenceTo", equalTo("CI001"))
                .body("characteristics.find { it.characteristicCode == 'G002' }.colour", nullValue());

        // Newest first, across both rounds.
        given().when().get("/cycles/" + a.cycleId() + "/characteristics/CI001/history").then().statusCode(200)
                .body("total", equalTo(8))
                .body("items.roundId", equalTo(List.of(recheck, recheck, recheck, recheck, initial, initial, initial, initial)))
                .body("items[3].type", equalTo("ScoreRecorded"))
                .body("items[3].colour", equalTo("YELLOW"));
    }

    @Test
    @AsOfficer
    void anUnknownCycleIsNotFound() {
        given().when().get("/cycles/no-such-cycle/scores").then().spec(problem(404, "not-found"));
    }
}
