package org.bestvalue.scoring.rest;

import org.bestvalue.scoring.AsCiReviewer;
import org.bestvalue.eventkit.testing.identity.AsOfficer;
import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsModerator;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.bestvalue.scoring.Fixtures;
import org.bestvalue.scoring.Fixtures.Assessment;
import org.bestvalue.scoring.score.Colour;
import org.bestvalue.scoring.score.LeadershipDecision;
import org.bestvalue.scoring.score.ModerationOutcome;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The contract of /rounds: opening, reviewer assignment with the independence rule, status, closing. */
@QuarkusTest
class RoundResourceTests {

    @Inject
    Fixtures fixtures;

    private static String openBody(String cycleId, String kind) {
        return "{\"cycleId\":\"" + cycleId + "\",\"name\":\"2024 initial scoring\",\"kind\":\"" + kind + "\"}";
    }

    @Test
    @AsPlanner
    void aPlannerOpensARoundForAKnownCycle() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        Http.post("/rounds", null, openBody(a.cycleId(), "INITIAL")).statusCode(201)
                .header("Location", containsString("/rounds/"))
                .header("ETag", "\"1\"")
                .body("cycleId", equalTo(a.cycleId()))
                .body("kind", equalTo("INITIAL"))
                .body("status", equalTo("OPEN"))
                .body("openedBy", equalTo("planner-1"))
                .body("themesWithoutReviewer", hasItems("CI", "L", "G"))
                .body("unscored", hasItems("CI001", "CI002", "CI003", "L001", "L002", "G001"))
                .body("unscored", not(hasItem("G002")))
                .body("counts.UNSCORED", equalTo(6));
    }

    @Test
    @AsPlanner
    void theSameIdempotencyKeyOpensOneRound() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "open-1").body(openBody(a.cycleId(), "INITIAL"))
                .when().post("/rounds").then().statusCode(201).extract().path("roundId");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "open-1").body(openBody(a.cycleId(), "INITIAL"))
                .when().post("/rounds").then().statusCode(201).body("roundId", equalTo(first));
        given().when().get("/rounds?cycleId=" + a.cycleId()).then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(1));
    }

    @Test
    @AsPlanner
    void aRoundForAnUnknownCycleIsRefused() {
        Http.post("/rounds", null, openBody("no-such-cycle", "INITIAL")).spec(problem(422, "unknown-cycle"))
                .body("field", equalTo("cycleId"));
    }

    @Test
    @AsPlanner
    void anotherCouncilsCycleIsUnknownHere() {
        Assessment other = fixtures.assessment(Fixtures.OTHER_COUNCIL);
        Http.post("/rounds", null, openBody(other.cycleId(), "INITIAL")).spec(problem(422, "unknown-cycle"));
    }

    @Test
    @AsPlanner
    void aRoundNeedsANameAndAKnownKind() {
        Http.post("/rounds", null, "{\"cycleId\":\"c\",\"kind\":\"INITIAL\"}").spec(problem(400, "invalid-request", "name"));
        Http.post("/rounds", null, "{\"cycleId\":\"c\",\"name\":\"n\",\"kind\":\"FINAL\"}").spec(problem(400, "malformed-body", "kind"));
    }

    @Test
    @AsPlanner
    void aSecondRoundWhileOneIsOpenIsAConflict() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        fixtures.openRound(a);
        Http.post("/rounds", null, openBody(a.cycleId(), "RECHECK")).spec(problem(409, "round-already-open"));
    }

    @Test
    @AsCiReviewer
    void onlyAPlannerOpensARound() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        Http.post("/rounds", null, openBody(a.cycleId(), "INITIAL")).spec(problem(403, "forbidden"));
    }

    @Test
    void anAnonymousCallerIsUnauthorised() {
        given().when().get("/rounds").then().statusCode(401);
        Http.post("/rounds", null, openBody("c", "INITIAL")).statusCode(401);
    }

    @Test
    @AsOfficer
    void everyCouncilRoleReadsARoundsStatus() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = fixtures.roundWithReviewers(a);
        fixtures.score(a, round, "CI001", "rev-ci", Colour.LIGHT_GREEN);
        fixtures.score(a, round, "CI002", "rev-ci", Colour.AMBER);
        fixtures.moderate(a, round, "CI002", ModerationOutcome.CONFIRMED, null, null);
        given().when().get("/rounds/" + round)
                .then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("reviewers.themeCode", hasItems("CI", "L"))
                .body("reviewers.find { it.themeCode == 'CI' }.reviewerId", equalTo("rev-ci"))
                .body("reviewers.find { it.themeCode == 'CI' }.reviewer.name", equalTo("Chris Ndlovu"))
                .body("reviewers.find { it.themeCode == 'CI' }.reviewer.jobTitle", equalTo("Head of Customer Services"))
                .body("themesWithoutReviewer", equalTo(java.util.List.of("G")))
                .body("awaitingModeration", equalTo(java.util.List.of("CI001")))
                .body("awaitingLeadershipReview", equalTo(java.util.List.of("CI002")))
                .body("counts.SCORED", equalTo(1))
                .body("counts.MODERATED", equalTo(1))
                .body("counts.UNSCORED", equalTo(4));
        given().when().get("/rounds?cycleId=" + a.cycleId()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].roundId", equalTo(round));
    }

    @Test
    @AsAuditor
    void anotherCouncilsRoundIsNotFound() {
        Assessment other = fixtures.assessment(Fixtures.OTHER_COUNCIL);
        String round = fixtures.openRound(other);
        given().when().get("/rounds/" + round).then().spec(problem(404, "not-found"));
        given().when().get("/rounds?size=200").then().statusCode(200).body("items.roundId", not(hasItem(round)));
    }

    @Test
    @AsPlanner
    void aPlannerAssignsAReviewerToATheme() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = fixtures.openRound(a);
        Http.put("/rounds/" + round + "/reviewers/CI", "1", "{\"reviewerId\":\"rev-ci\"}").statusCode(200).header("ETag", "\"2\"")
                .body("reviewers[0].themeCode", equalTo("CI"))
                .body("reviewers[0].reviewerId", equalTo("rev-ci"))
                .body("reviewers[0].assignedBy", equalTo("planner-1"));
    }

    @Test
    @AsPlanner
    void anAssignmentNamesTheVersionItRead() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = fixtures.openRound(a);
        fixtures.assign(a, round, "L", "rev-l");
        Http.put("/rounds/" + round + "/reviewers/CI", null, "{\"reviewerId\":\"rev-ci\"}").spec(problem(428, "precondition-required", "If-Match"));
        Http.put("/rounds/" + round + "/reviewers/CI", "1", "{\"reviewerId\":\"rev-ci\"}").spec(problem(409, "concurrency-conflict")).body("currentVersion", equalTo(2)).header("ETag", "\"2\"");
    }

    @Test
    @AsPlanner
    void aReviewerWhoContributedToANarrativeOfTheThemeCannotBeAssignedToIt() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String narrative = fixtures.narrative(a, "CI002", "author-7");
        fixtures.contributor(a, "CI002", narrative, "rev-ci");
        String round = fixtures.openRound(a);
        Http.put("/rounds/" + round + "/reviewers/CI", "1", "{\"reviewerId\":\"rev-ci\"}").spec(Http.notIndependentOf("CI002", narrative))
                .body("reviewerId", equalTo("rev-ci"))
                .body("detail", containsString(narrative));
        // The narrative's author is refused too; an outsider to the theme is not.
        Http.put("/rounds/" + round + "/reviewers/CI", "1", "{\"reviewerId\":\"author-7\"}").spec(problem(409, "reviewer-not-independent"));
        Http.put("/rounds/" + round + "/reviewers/L", "1", "{\"reviewerId\":\"author-7\"}").statusCode(200);
    }

    @Test
    @AsPlanner
    void aThemeOutsideTheFrameworkCannotBeAssigned() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = fixtures.openRound(a);
        Http.put("/rounds/" + round + "/reviewers/XX", "1", "{\"reviewerId\":\"rev\"}").spec(problem(422, "unknown-theme")).body("field", equalTo("themeCode"));
        Http.put("/rounds/" + round + "/reviewers/CI", "1", "{\"reviewerId\":\" \"}").spec(problem(400, "invalid-request", "reviewerId"));
    }

    @Test
    @AsModerator
    void onlyAPlannerAssignsOrCloses() {
        assigningAndClosingAnswer(403, "forbidden", fixtures.openRound(fixtures.assessment(Fixtures.COUNCIL)));
    }

    @Test
    @AsPlanner
    void anotherCouncilsRoundCannotBeAssignedOrClosed() {
        assigningAndClosingAnswer(404, "not-found", fixtures.openRound(fixtures.assessment(Fixtures.OTHER_COUNCIL)));
    }

    @Test
    @AsPlanner
    void aRoundWithOpenScoresCannotClose() {
        String round = roundWithCI001FinalAndL001Scored(fixtures.assessment(Fixtures.COUNCIL));
        close(round, 3).spec(problem(409, "open-scores"))
                .body("detail", containsString("L001"))
                .body("detail", not(containsString("CI001")));
    }

    @Test
    @AsPlanner
    void aRoundClosesWhenEveryScoredCharacteristicIsFinalAndRecordsTheSnapshot() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = roundWithCI001FinalAndL001Scored(a);
        fixtures.moderate(a, round, "L001", ModerationOutcome.CONFIRMED, null, null);
        fixtures.lead(a, round, "L001", LeadershipDecision.CONFIRMED, null, null);
        close(round, 2).spec(problem(409, "concurrency-conflict"));
        close(round, 3).statusCode(200).header("ETag", "\"4\"")
                .body("status", equalTo("CLOSED"))
                .body("snapshotAt", notNullValue())
                .body("closedBy", equalTo("planner-1"))
                .body("finalColours.DARK_GREEN", equalTo(1))
                .body("finalColours.YELLOW", equalTo(1));
        close(round, 4).spec(problem(409, "round-closed"));
        // A closed round takes no more scores, and the next round of the cycle is a recheck.
        Http.post("/rounds", null, openBody(a.cycleId(), "INITIAL")).spec(problem(422, "initial-round-exists"));
        Http.post("/rounds", null, openBody(a.cycleId(), "RECHECK")).statusCode(201).body("kind", equalTo("RECHECK")).body("snapshotAt", nullValue());
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        ValidatableResponse doc = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/rounds'.post.summary", containsString("Open a scoring round"));
        for (String operation : java.util.List.of("'/rounds/{roundId}/reviewers/{themeCode}'.put", "'/rounds/{roundId}/close'.post",
                "'/rounds/{roundId}/scores/{code}'.put", "'/rounds/{roundId}/scores/{code}/moderate'.post",
                "'/rounds/{roundId}/scores/{code}/review-by-leadership'.post", "'/rounds/{roundId}/scores/{code}/history'.get",
                "'/cycles/{cycleId}/scores'.get", "'/cycles/{cycleId}/characteristics/{code}/history'.get")) {
            doc.body("paths." + operation, notNullValue());
        }
    }

    /** A planner's two writes on a round (assign a reviewer, close it), each answered with the problem {@code status} {@code code}. */
    private static void assigningAndClosingAnswer(int status, String code, String round) {
        Http.put("/rounds/" + round + "/reviewers/CI", "1", "{\"reviewerId\":\"rev\"}").spec(problem(status, code));
        close(round, 1).spec(problem(status, code));
    }

    private static ValidatableResponse close(String round, int version) {
        return given().header("If-Match", "\"" + version + "\"").when().post("/rounds/" + round + "/close").then();
    }

    /** A round whose CI001 is final (dark green, confirmed) and whose L001 is scored yellow, not yet moderated. */
    private String roundWithCI001FinalAndL001Scored(Assessment a) {
        String round = fixtures.roundWithReviewers(a);
        fixtures.score(a, round, "CI001", "rev-ci", Colour.DARK_GREEN);
        fixtures.moderate(a, round, "CI001", ModerationOutcome.CONFIRMED, null, null);
        fixtures.score(a, round, "L001", "rev-l", Colour.YELLOW);
        return round;
    }
}
