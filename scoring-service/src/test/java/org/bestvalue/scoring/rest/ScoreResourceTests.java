package org.bestvalue.scoring.rest;

import org.bestvalue.scoring.AsCiReviewer;
import org.bestvalue.eventkit.testing.identity.AsOfficer;
import org.bestvalue.eventkit.testing.identity.AsModerator;
import org.bestvalue.eventkit.testing.identity.AsLeadership;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import org.bestvalue.eventkit.testing.identity.AsAdmin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.scoring.Fixtures;
import org.bestvalue.scoring.Fixtures.Assessment;
import org.bestvalue.scoring.independence.Independence;
import org.bestvalue.scoring.score.Colour;
import org.bestvalue.scoring.score.LeadershipDecision;
import org.bestvalue.scoring.score.ModerationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The contract of /rounds/{roundId}/scores: scoring, moderation, leadership review, history. */
@QuarkusTest
class ScoreResourceTests {
    private static final String EVIDENCE = "8d6f3f9e-54a4-4b9e-9d8e-2f1f1f7b8a11";

    @Inject
    Fixtures fixtures;
    /** Most tests' setting: a fresh assessment of the council with an open round, CI and L assigned. */
    Assessment a;
    String round;

    @BeforeEach
    void anAssessmentWithARound() {
        a = fixtures.assessment(Fixtures.COUNCIL);
        round = fixtures.roundWithReviewers(a);
    }

    private static String scoreBody(String colour) {
        return "{\"colour\":\"" + colour + "\",\"rationale\":\"Evidence supports the narrative\",\"evidenceSampled\":[\"" + EVIDENCE + "\"]}";
    }

    // ------------------------------------------------------------ scoring (reviewer)

    @Test
    @AsCiReviewer
    void theThemesReviewerScoresACharacteristicAtTheVersionTheyRead() {
        given().when().get(Http.score(round, "CI001")).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("UNSCORED")).body("themeCode", equalTo("CI"));
        Http.put(Http.score(round, "CI001"), "0", scoreBody("LIGHT_GREEN")).statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("SCORED"))
                .body("colour", equalTo("LIGHT_GREEN"))
                .body("reviewerId", equalTo("rev-ci"))
                .body("rationale", equalTo("Evidence supports the narrative"))
                .body("evidenceSampled", equalTo(List.of(EVIDENCE)));
        // Before moderation the reviewer may change their mind, at the version they read.
        Http.put(Http.score(round, "CI001"), "0", scoreBody("YELLOW")).spec(problem(409, "concurrency-conflict")).body("currentVersion", equalTo(1));
        Http.put(Http.score(round, "CI001"), "1", scoreBody("YELLOW")).statusCode(200).header("ETag", "\"2\"").body("colour", equalTo("YELLOW"));
    }

    @Test
    @AsCiReviewer
    void anUnknownColourIsABadRequest() {
        Http.put(Http.score(round, "CI001"), "0", scoreBody("PURPLE")).spec(problem(400, "malformed-body", "colour"));
        Http.put(Http.score(round, "CI001"), "0", "{\"colour\":\"RED\"}").spec(problem(400, "invalid-request", "rationale"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"colour\":\"RED\",\"rationale\":\"r\",\"evidenceSampled\":[\"not-an-id\"]}")
                .when().put(Http.score(round, "CI001"))
                .then().spec(problem(400, "malformed-body")).body("field", startsWith("evidenceSampled"));
    }

    @Test
    @AsCiReviewer
    void scoringOutsideOnesThemeIsRefused() {
        Http.put(Http.score(round, "L001"), "0", scoreBody("YELLOW")).spec(problem(422, "outside-assigned-theme"))
                .body("field", equalTo("characteristicCode"))
                .body("detail", containsString("you review CI"));
    }

    @Test
    @AsCiReviewer
    void reviewerWhoContributedToANarrativeCannotScoreIt() {
        // The contribution is recorded after the assignment: the score is still refused.
        String narrative = fixtures.narrative(a, "CI003", "author-3");
        fixtures.contributor(a, "CI003", narrative, "rev-ci");
        Http.put(Http.score(round, "CI003"), "0", scoreBody("YELLOW")).spec(Http.notIndependentOf("CI003", narrative))
                .body("conflictingNarratives[0].role", equalTo("workshop participant"));
        Http.put(Http.score(round, "CI002"), "0", scoreBody("YELLOW")).statusCode(200);
    }

    @Test
    @AsCiReviewer
    void greyNeedsAJustification() {
        Http.put(Http.score(round, "CI001"), "0", scoreBody("GREY")).spec(problem(422, "grey-needs-justification", "greyJustification"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"colour\":\"GREY\",\"rationale\":\"All-out elections\",\"greyJustification\":\"A decision of full council\"}")
                .when().put(Http.score(round, "CI001"))
                .then().statusCode(200).body("colour", equalTo("GREY"))
                .body("rationale", containsString("Outside officers' control: A decision of full council"));
    }

    @Test
    @TestSecurity(user = "rev-g", roles = Roles.REVIEWER)
    @OidcSecurity(claims = @Claim(key = "council", value = Fixtures.COUNCIL))
    void aCrossReferenceIsNeverScoredAndAnUnknownCodeIsNotFound() {
        Assessment own = fixtures.assessment(Fixtures.COUNCIL);
        String ownRound = fixtures.openRound(own);
        fixtures.assign(own, ownRound, "G", "rev-g");
        Http.put(Http.score(ownRound, "G002"), "0", scoreBody("YELLOW")).spec(problem(422, "cross-reference-not-scored")).body("detail", containsString("CI001"));
        Http.put(Http.score(ownRound, "G999"), "0", scoreBody("YELLOW")).spec(problem(404, "not-found"));
    }

    @Test
    @AsModerator
    void onlyAReviewerScores() {
        Http.put(Http.score(round, "CI001"), "0", scoreBody("YELLOW")).spec(problem(403, "forbidden"));
    }

    /** A round of the assessment with its reviewers assigned and CI001 scored (red) by the CI reviewer. */
    private String roundWithCI001Scored(Assessment a) {
        String round = fixtures.roundWithReviewers(a);
        fixtures.score(a, round, "CI001", "rev-ci", Colour.RED);
        return round;
    }

    @Test
    void anAnonymousCallerCannotScoreOrRead() {
        Http.put(Http.score("r", "CI001"), "0", scoreBody("YELLOW")).statusCode(401);
        given().when().get(Http.score("r", "CI001")).then().statusCode(401);
    }

    @Test
    @AsCiReviewer
    void anotherCouncilsScoresAreNotFound() {
        Assessment other = fixtures.assessment(Fixtures.OTHER_COUNCIL);
        String theirRound = roundWithCI001Scored(other);
        given().when().get(Http.score(theirRound, "CI001")).then().spec(problem(404, "not-found"));
        given().when().get("/rounds/" + theirRound + "/scores").then().spec(problem(404, "not-found"));
        Http.put(Http.score(theirRound, "CI001"), "1", scoreBody("YELLOW")).spec(problem(404, "not-found"));
    }

    // ------------------------------------------------------------ moderation

    @Test
    @AsModerator
    void confirmingAGreenScoreMakesItFinal() {
        fixtures.score(a, round, "CI001", "rev-ci", Colour.DARK_GREEN);
        Http.post(Http.score(round, "CI001") + "/moderate", "1", "{\"outcome\":\"CONFIRMED\",\"reason\":\"Consistent\"}").statusCode(200).header("ETag", "\"3\"")
                .body("status", equalTo("FINAL"))
                .body("colour", equalTo("DARK_GREEN"))
                .body("moderationOutcome", equalTo("CONFIRMED"))
                .body("moderatorId", equalTo("moderator-1"))
                .body("leadershipReviewRequired", equalTo(false));
    }

    @Test
    @AsModerator
    void moderatingTwiceAtAStaleVersionIsAConflict() {
        fixtures.score(a, round, "CI002", "rev-ci", Colour.LIGHT_GREEN);
        String revise = "{\"outcome\":\"REVISED\",\"colour\":\"YELLOW\",\"reason\":\"Gaps in the narrative\"}";
        Http.post(Http.score(round, "CI002") + "/moderate", "1", revise).statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("MODERATED")).body("colour", equalTo("YELLOW"))
                .body("leadershipReviewRequired", equalTo(true));
        Http.post(Http.score(round, "CI002") + "/moderate", "1", revise).spec(problem(409, "concurrency-conflict")).body("currentVersion", equalTo(2));
        Http.post(Http.score(round, "CI002") + "/moderate", "2", "{\"outcome\":\"CONFIRMED\"}").spec(problem(409, "score-already-moderated"));
    }

    @Test
    @AsModerator
    void aModerationIsWellFormed() {
        Http.post(Http.score(round, "CI001") + "/moderate", "0", "{\"outcome\":\"CONFIRMED\"}").spec(problem(409, "score-not-recorded"));
        fixtures.score(a, round, "CI001", "rev-ci", Colour.LIGHT_GREEN);
        Http.post(Http.score(round, "CI001") + "/moderate", "1", "{\"outcome\":\"MAYBE\"}").spec(problem(400, "malformed-body", "outcome"));
        Http.post(Http.score(round, "CI001") + "/moderate", "1", "{\"outcome\":\"REVISED\",\"colour\":\"RED\"}").spec(problem(422, "reason-required", "reason"));
        Http.post(Http.score(round, "CI001") + "/moderate", null, "{\"outcome\":\"CONFIRMED\"}").spec(problem(428, "precondition-required", "If-Match"));
    }

    @Test
    @TestSecurity(user = "rev-ci", roles = {Roles.REVIEWER, Roles.MODERATOR})
    @OidcSecurity(claims = @Claim(key = "council", value = Fixtures.COUNCIL))
    void aModeratorDoesNotModerateTheirOwnScore() {
        fixtures.score(a, round, "CI001", "rev-ci", Colour.LIGHT_GREEN);
        Http.post(Http.score(round, "CI001") + "/moderate", "1", "{\"outcome\":\"CONFIRMED\"}").spec(problem(409, "moderator-not-independent"))
                .body("characteristicCodes", contains("CI001")).body("rule", equalTo(Independence.MODERATOR_RULE));
    }

    @Test
    @AsCiReviewer
    void onlyAModeratorModeratesAndOnlyLeadershipReviews() {
        fixtures.score(a, round, "CI001", "rev-ci", Colour.AMBER);
        Http.post(Http.score(round, "CI001") + "/moderate", "1", "{\"outcome\":\"CONFIRMED\"}").spec(problem(403, "forbidden"));
        Http.post(Http.score(round, "CI001") + "/review-by-leadership", "1", "{\"decision\":\"CONFIRMED\"}").spec(problem(403, "forbidden"));
    }

    // ------------------------------------------------------------ leadership review

    @Test
    @AsLeadership
    void leadershipConfirmsOrRevisesAModeratedAmberScore() {
        fixtures.score(a, round, "CI001", "rev-ci", Colour.AMBER);
        fixtures.moderate(a, round, "CI001", ModerationOutcome.CONFIRMED, null, null);
        Http.post(Http.score(round, "CI001") + "/review-by-leadership", "2", "{\"decision\":\"CONFIRMED\"}").statusCode(200).header("ETag", "\"4\"")
                .body("status", equalTo("FINAL")).body("colour", equalTo("AMBER")).body("leadershipDecision", equalTo("CONFIRMED"));
        Http.post(Http.score(round, "CI001") + "/review-by-leadership", "4", "{\"decision\":\"REVISED\",\"colour\":\"RED\",\"reason\":\"x\"}").spec(problem(409, "score-final"));

        fixtures.score(a, round, "CI002", "rev-ci", Colour.RED);
        fixtures.moderate(a, round, "CI002", ModerationOutcome.CONFIRMED, null, null);
        Http.post(Http.score(round, "CI002") + "/review-by-leadership", "2", "{\"decision\":\"REVISED\",\"colour\":\"AMBER\"}").spec(problem(422, "reason-required", "reason"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"decision\":\"REVISED\",\"colour\":\"AMBER\",\"reason\":\"The recovery plan is evidenced\"}")
                .when().post(Http.score(round, "CI002") + "/review-by-leadership")
                .then().statusCode(200).body("status", equalTo("FINAL")).body("colour", equalTo("AMBER"))
                .body("leadershipReason", equalTo("The recovery plan is evidenced"));
    }

    @Test
    @AsLeadership
    void leadershipReviewsOnlyModeratedYellowOrWorse() {
        fixtures.score(a, round, "CI001", "rev-ci", Colour.YELLOW);
        Http.post(Http.score(round, "CI001") + "/review-by-leadership", "1", "{\"decision\":\"CONFIRMED\"}").spec(problem(409, "score-not-moderated"));
        fixtures.score(a, round, "CI002", "rev-ci", Colour.LIGHT_GREEN);
        fixtures.moderate(a, round, "CI002", ModerationOutcome.CONFIRMED, null, null);
        Http.post(Http.score(round, "CI002") + "/review-by-leadership", "3", "{\"decision\":\"CONFIRMED\"}").spec(problem(409, "score-final"));
    }

    @Test
    @AsCiReviewer
    void aScoreReopenedForMoreEvidenceIsRescoredOnceItsNarrativeChanged() {
        Assessment own = fixtures.assessment(Fixtures.COUNCIL);
        String narrative = fixtures.narrative(own, "CI001", "author-1");
        String ownRound = fixtures.roundWithReviewers(own);
        fixtures.score(own, ownRound, "CI001", "rev-ci", Colour.AMBER);
        fixtures.moderate(own, ownRound, "CI001", ModerationOutcome.CONFIRMED, null, null);
        fixtures.lead(own, ownRound, "CI001", LeadershipDecision.MORE_EVIDENCE_REQUESTED, null, "Add the survey results");
        given().when().get(Http.score(ownRound, "CI001")).then().statusCode(200).header("ETag", "\"4\"")
                .body("status", equalTo("REOPENED")).body("colour", nullValue())
                .body("leadershipDecision", equalTo("MORE_EVIDENCE_REQUESTED"));
        Http.put(Http.score(ownRound, "CI001"), "4", scoreBody("YELLOW")).spec(problem(422, "narrative-unchanged"));
        fixtures.narrativeRevised(own, "CI001", narrative, "author-1", Instant.now().plusSeconds(1));
        Http.put(Http.score(ownRound, "CI001"), "4", scoreBody("YELLOW")).statusCode(200).header("ETag", "\"5\"")
                .body("status", equalTo("SCORED")).body("colour", equalTo("YELLOW")).body("leadershipDecision", nullValue());
    }

    // ------------------------------------------------------------ listing and history

    @Test
    @AsAuthor
    void aRoundsScoresListInFrameworkOrderAsJsonOrCsv() {
        fixtures.score(a, round, "L001", "rev-l", Colour.RED);
        fixtures.score(a, round, "CI002", "rev-ci", Colour.DARK_GREEN);
        given().when().get("/rounds/" + round + "/scores").then().statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(2))
                .body("items.characteristicCode", equalTo(List.of("CI002", "L001")))
                .body("items.colour", equalTo(List.of("DARK_GREEN", "RED")));
        String csv = given().accept("text/csv").when().get("/rounds/" + round + "/scores").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename="))
                .extract().asString();
        assertEquals("characteristicCode,themeCode,colour,status,reviewerId,version\n"
                + "CI002,CI,DARK_GREEN,SCORED,rev-ci,1\nL001,L,RED,SCORED,rev-l,1\n", csv);
    }

    @Test
    @AsAuditor
    void anAuditorReadsEveryChangeOfAScoreWithWhoWhenOldNewAndWhy() {
        fixtures.score(a, round, "CI001", "rev-ci", Colour.LIGHT_GREEN);
        fixtures.moderate(a, round, "CI001", ModerationOutcome.REVISED, Colour.YELLOW, "Gaps in the narrative");
        fixtures.lead(a, round, "CI001", LeadershipDecision.REVISED, Colour.AMBER, "Cannot be evidenced yet");
        // Newest first, as every history of the suite.
        given().when().get(Http.score(round, "CI001") + "/history").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.type", equalTo(List.of("ScoreFinalised", "LeadershipReviewed", "ScoreModerated", "ScoreRecorded")))
                .body("items.actor", equalTo(List.of("leader-1", "leader-1", "moderator-1", "rev-ci")))
                .body("items.version", equalTo(List.of(4, 3, 2, 1)))
                .body("items[2].previousColour", equalTo("LIGHT_GREEN"))
                .body("items[2].colour", equalTo("YELLOW"))
                .body("items[2].reason", equalTo("Gaps in the narrative"))
                .body("items[2].outcome", equalTo("REVISED"))
                .body("items[1].previousColour", equalTo("YELLOW"))
                .body("items[1].colour", equalTo("AMBER"))
                .body("items[1].decision", equalTo("REVISED"))
                .body("items[3].at", startsWith("20"))
                .body("items[3].correlationId", notNullValue())
                .body("items[3].evidenceSampled", hasSize(1));
    }

    @Test
    @AsOfficer
    void everyCouncilRoleReadsScoreHistory() {
        // docs/api-conventions.md: both histories are open to every role of the council (not only auditors).
        fixtures.score(a, round, "CI001", "rev-ci", Colour.RED);
        given().when().get(Http.score(round, "CI001") + "/history").then().statusCode(200).body("items.type", equalTo(List.of("ScoreRecorded")));
        given().when().get("/cycles/" + a.cycleId() + "/characteristics/CI001/history").then().statusCode(200)
                .body("items.type", equalTo(List.of("ScoreRecorded")));
    }

    @Test
    void anAnonymousCallerReadsNoHistory() {
        given().when().get(Http.score("r", "CI001") + "/history").then().statusCode(401);
        given().when().get("/cycles/c/characteristics/CI001/history").then().statusCode(401);
    }

    @Test
    @AsAdmin
    void anotherCouncilsHistoryIsNotFound() {
        Assessment other = fixtures.assessment(Fixtures.OTHER_COUNCIL);
        String theirRound = roundWithCI001Scored(other);
        given().when().get(Http.score(theirRound, "CI001") + "/history").then().spec(problem(404, "not-found"));
        given().when().get("/cycles/" + other.cycleId() + "/characteristics/CI001/history").then().spec(problem(404, "not-found"));
        given().when().get("/cycles/" + other.cycleId() + "/scores").then().spec(problem(404, "not-found"));
    }
}
