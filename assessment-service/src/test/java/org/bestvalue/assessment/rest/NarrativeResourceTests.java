package org.bestvalue.assessment.rest;

import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.bestvalue.assessment.ListContract;
import io.vertx.mutiny.sqlclient.Pool;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.bestvalue.assessment.Http.ifMatch;
import static org.bestvalue.assessment.Http.json;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@AsAuthor
class NarrativeResourceTests {
    @Inject
    Fixtures fixtures;
    @Inject
    Pool pool;

    private String narratives(UUID cycle) {
        return "/cycles/" + cycle + "/narratives";
    }

    @Test
    void anAuthorDraftsAndRevisesAndEveryRevisionIsKeptWithAuthorAndTime() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        json().body(Map.of("characteristicCode", "CI011", "text", "A citizens' panel is planned."))
                .when().post(narratives(cycle)).then().statusCode(201)
                .header("Location", containsString("/narratives/CI011")).header("ETag", equalTo("\"1\""))
                .body("revision", equalTo(1)).body("status", equalTo("DRAFT")).body("authorId", equalTo("author-1"));
        ifMatch(1).body(Map.of("text", "The panel meets from September."))
                .when().put(narratives(cycle) + "/CI011").then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("revision", equalTo(2)).body("text", equalTo("The panel meets from September."));
        given().when().get(narratives(cycle) + "/CI011/history").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(2))
                .body("items.text", contains("The panel meets from September.", "A citizens' panel is planned."))
                .body("items.type", contains("NarrativeRevised", "NarrativeDrafted")).body("items.version", contains(2, 1))
                .body("items.authorId", contains("author-1", "author-1")).body("items.actor", contains("author-1", "author-1"))
                .body("items[1].at", notNullValue()).body("items[0].correlationId", notNullValue());
        given().when().get(narratives(cycle)).then().statusCode(200).body("items.characteristicCode", contains("CI011"))
                .body("items[0].revision", equalTo(2));
        given().when().get(narratives(cycle) + "/CI011").then().statusCode(200).header("ETag", equalTo("\"2\""));
    }

    @Test
    void aCrossReferenceCellAndAnUnknownCodeCannotHaveANarrative() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        json().body(Map.of("characteristicCode", "G002", "text", "x"))
                .when().post(narratives(cycle)).then().spec(problem(422, "cross-reference-characteristic", "characteristicCode")).body("detail", containsString("cross-reference"));
        json().body(Map.of("characteristicCode", "ZZ999", "text", "x"))
                .when().post(narratives(cycle)).then().spec(problem(422, "unknown-characteristic", "characteristicCode"));
    }

    @Test
    void aSecondDraftForTheSameCharacteristicIsAConflict() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "L001", "first");
        json().body(Map.of("characteristicCode", "L001", "text", "second"))
                .when().post(narratives(cycle)).then().spec(problem(409, "narrative-exists", "characteristicCode"));
    }

    @Test
    void aRevisionWithoutIfMatchIs428AndAStaleOneIs409WithTheCurrentVersion() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "L002", "first");
        json().body(Map.of("text", "x")).when().put(narratives(cycle) + "/L002").then().spec(problem(428, "precondition-required", "If-Match"));
        ifMatch(1).body(Map.of("text", "second")).when().put(narratives(cycle) + "/L002")
                .then().statusCode(200);
        ifMatch(1).body(Map.of("text", "lost update")).when().put(narratives(cycle) + "/L002")
                .then().spec(problem(409, "concurrency-conflict")).body("currentVersion", equalTo(2));
    }

    @Test
    void oversizedTextAndMalformedJsonAreBadRequestsNamingTheField() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        json().body(Map.of("characteristicCode", "CI001", "text", "x".repeat(50_001)))
                .when().post(narratives(cycle)).then().spec(problem(400, "invalid-request", "text"));
        json().body("{\"characteristicCode\": \"CI001\", \"text\": ")
                .when().post(narratives(cycle)).then().spec(problem(400, "malformed-body"));
    }

    @Test
    void contributorsAreRecordedWithTheirRole() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "R001", "Medium-term financial strategy ...");
        ifMatch(1).body(Map.of("userId", "head-of-finance", "role", "workshop participant"))
                .when().post(narratives(cycle) + "/R001/contributors").then().statusCode(200)
                .body("contributors[0].userId", equalTo("head-of-finance")).body("contributors[0].role", equalTo("workshop participant"))
                .body("people.'head-of-finance'.name", equalTo("Farah Khan")).body("people.'head-of-finance'.jobTitle", equalTo("Head of Finance"));
        ifMatch(2).body(Map.of("userId", "", "role", "x"))
                .when().post(narratives(cycle) + "/R001/contributors").then().spec(problem(400, "invalid-request", "userId"));
    }

    @Test
    @AsPlanner
    void thePlannerRemovesAContributorRecordedByMistakeWithAReasonKeptInTheHistory() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "R002", "Budget monitoring ...");
        ifMatch(1).body(Map.of("userId", "reviewer-r", "role", "workshop participant"))
                .when().post(narratives(cycle) + "/R002/contributors").then().statusCode(200);
        String remove = narratives(cycle) + "/R002/contributors/reviewer-r/remove";
        ifMatch(2).body(Map.of("reason", " "))
                .when().post(remove).then().spec(problem(400, "invalid-request", "reason"));
        ifMatch(2).body(Map.of("reason", "Attended as the theme's reviewer"))
                .when().post(remove).then().statusCode(200).header("ETag", "\"3\"").body("contributors", hasSize(0));
        given().when().get(narratives(cycle) + "/R002/history").then().statusCode(200)
                .body("items[0].type", equalTo("ContributorRemoved")).body("items[0].reason", equalTo("Attended as the theme's reviewer"))
                .body("items[0].actor", equalTo("planner-1"));
        ifMatch(3).body(Map.of("reason", "Again"))
                .when().post(remove).then().spec(problem(404, "not-a-contributor"));
    }

    @Test
    void anAuthorCannotRemoveAContributor() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "R003", "Procurement ...");
        ifMatch(1).body(Map.of("reason", "Mine"))
                .when().post(narratives(cycle) + "/R003/contributors/someone/remove").then().spec(problem(403, "forbidden"));
    }

    @Test
    void anAuthorMarksANarrativeReadyForReviewAndBackToDraftButCannotRequestMoreEvidence() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "SD001", "Service standards ...");
        given().header("If-Match", "\"1\"").when().post(narratives(cycle) + "/SD001/mark-ready").then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("status", equalTo("READY_FOR_REVIEW"));
        given().header("If-Match", "\"2\"").when().post(narratives(cycle) + "/SD001/request-evidence").then().spec(problem(403, "forbidden"));
        given().header("If-Match", "\"2\"").when().post(narratives(cycle) + "/SD001/mark-ready").then().spec(problem(409, "invalid-status-change", "to"));
        given().when().post(narratives(cycle) + "/SD001/mark-ready").then().spec(problem(428, "precondition-required", "If-Match"));
        given().header("If-Match", "\"2\"").when().post(narratives(cycle) + "/SD001/return-to-draft").then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().when().get(narratives(cycle) + "/SD001/history").then().statusCode(200)
                .body("items.type", contains("NarrativeStatusChanged", "NarrativeStatusChanged", "NarrativeDrafted"))
                .body("items[0].to", equalTo("DRAFT")).body("items[1].to", equalTo("READY_FOR_REVIEW"));
    }

    @Test
    void theNarrativesArePagedByCodeAndFilteredByThemeAndStatus() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "L003", "Leadership ...");
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "CI002", "Improvement ...");
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "CI001", "Improvement plan ...");
        given().header("If-Match", "\"1\"").when().post(narratives(cycle) + "/CI002/mark-ready").then().statusCode(200);
        ListContract.answersThePageEnvelope(narratives(cycle), 3).body("items.characteristicCode", contains("CI001", "CI002", "L003"))
                .body("total", equalTo(3));
        given().queryParam("theme", "CI").when().get(narratives(cycle)).then().statusCode(200)
                .body("items.characteristicCode", contains("CI001", "CI002")).body("total", equalTo(2));
        given().queryParam("status", "ready-for-review").when().get(narratives(cycle)).then().statusCode(200)
                .body("items.characteristicCode", contains("CI002"));
        given().queryParam("theme", "CI").queryParam("status", "DRAFT").when().get(narratives(cycle)).then().statusCode(200)
                .body("items.characteristicCode", contains("CI001"));
        given().queryParam("theme", "NOPE").when().get(narratives(cycle)).then().statusCode(200).body("items", hasSize(0))
                .body("total", equalTo(0));
        given().queryParam("sort", "-code").queryParam("size", 2).when().get(narratives(cycle)).then().statusCode(200)
                .body("items.characteristicCode", contains("L003", "CI002")).body("total", equalTo(3));
        given().queryParam("sort", "-code").queryParam("size", 2).queryParam("page", 1).when().get(narratives(cycle)).then()
                .statusCode(200).body("items.characteristicCode", contains("CI001"));
        given().queryParam("status", "finished").when().get(narratives(cycle)).then().spec(problem(400, "invalid-status", "status"));
        ListContract.refusesBadPaging(narratives(cycle));
        ListContract.refusesBadPaging(narratives(cycle) + "/CI001/evidence");
        ListContract.refusesBadPaging(narratives(cycle) + "/CI001/history");
    }

    @Test
    void aNarrativeReadAgainWithItsETagIsNotModified() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "C002", "Culture ...");
        given().header("If-None-Match", "\"1\"").when().get(narratives(cycle) + "/C002").then().statusCode(304)
                .header("ETag", equalTo("\"1\""));
        given().header("If-None-Match", "\"7\"").when().get(narratives(cycle) + "/C002").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("characteristicCode", equalTo("C002"));
    }

    @Test
    void theCorrelationIdOfACommandIsEchoedAndRecordedOnItsEvent() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        json().header("X-Correlation-Id", "corr-draft-R002")
                .body(Map.of("characteristicCode", "R002", "text", "Financial resilience ..."))
                .when().post(narratives(cycle)).then().statusCode(201).header("X-Correlation-Id", equalTo("corr-draft-R002"));
        given().header("If-Match", "\"1\"").header("X-Correlation-Id", "corr-ready-R002")
                .when().post(narratives(cycle) + "/R002/mark-ready").then().statusCode(200)
                .header("X-Correlation-Id", equalTo("corr-ready-R002"));
        UUID narrative = org.bestvalue.assessment.application.AssessmentAggregates.narrativeId(cycle, "R002");
        List<String> stored = pool.preparedQuery("SELECT correlation_id FROM events WHERE stream_id = $1 ORDER BY stream_version")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(narrative.toString())).await().atMost(Duration.ofSeconds(30))
                .stream().map(r -> r.getString("correlation_id")).toList();
        assertEquals(List.of("corr-draft-R002", "corr-ready-R002"), stored);
        given().when().get(narratives(cycle) + "/R002/history").then().statusCode(200)
                .body("items.correlationId", contains("corr-ready-R002", "corr-draft-R002"));
        String made = given().when().get(narratives(cycle) + "/R002").then().statusCode(200).extract().header("X-Correlation-Id");
        assertNotNull(made, "a request without one gets a correlation id too");
    }

    @Test
    void evidenceIsAttachedListedByTheNarrativeShownInTheItemsUsageAndDetached() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "C001", "Values and behaviours ...");
        UUID item = fixtures.evidenceItem(Fixtures.COUNCIL, "Staff survey 2023");
        ifMatch(1).body(Map.of("evidenceId", item.toString()))
                .when().post(narratives(cycle) + "/C001/evidence").then().statusCode(200).body("evidenceIds", contains(item.toString()));
        ListContract.answersThePageEnvelope(narratives(cycle) + "/C001/evidence", 1).body("items.title", contains("Staff survey 2023"));
        ListContract.answersThePageEnvelope("/evidence/" + item + "/usage", 1)
                .body("items.characteristicCode", contains("C001")).body("items[0].cycleId", equalTo(cycle.toString()));
        ifMatch(2).body(Map.of("evidenceId", item.toString()))
                .when().post(narratives(cycle) + "/C001/evidence").then().spec(problem(409, "evidence-already-attached", "evidenceId"));
        ifMatch(2).body(Map.of("evidenceId", UUID.randomUUID().toString()))
                .when().post(narratives(cycle) + "/C001/evidence").then().spec(problem(422, "unknown-evidence", "evidenceId"));
        given().header("If-Match", "\"2\"").when().delete(narratives(cycle) + "/C001/evidence/" + item).then().statusCode(200)
                .body("evidenceIds", hasSize(0));
        given().when().get("/evidence/" + item + "/usage").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        given().when().get(narratives(cycle) + "/C001/history").then().statusCode(200)
                .body("items.type", contains("EvidenceDetached", "EvidenceAttached", "NarrativeDrafted"))
                .body("items[0].evidenceId", equalTo(item.toString()));
    }

    @Test
    void aClosedCyclesNarrativesNoLongerChange() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "PCE001", "Partnership board ...");
        fixtures.closeCycle(Fixtures.COUNCIL, cycle, 1);
        ifMatch(1).body(Map.of("text", "late change"))
                .when().put(narratives(cycle) + "/PCE001").then().spec(problem(409, "cycle-closed", "cycleId"));
    }

    @Test
    void anUnknownNarrativeIsNotFound() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        given().when().get(narratives(cycle) + "/CI002").then().spec(problem(404, "not-found"));
        given().when().get(narratives(UUID.randomUUID())).then().spec(problem(404, "not-found"));
    }

    @Test
    @TestSecurity(user = "reviewer-1", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void aReviewerRequestsMoreEvidenceButCannotWriteTheNarrative() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "G001", "Constitution ...");
        ifMatch(1).body(Map.of("text", "mine now"))
                .when().put(narratives(cycle) + "/G001").then().spec(problem(403, "forbidden"));
        given().header("If-Match", "\"1\"").when().post(narratives(cycle) + "/G001/request-evidence").then().spec(problem(409, "invalid-status-change", "to"));
        given().header("If-Match", "\"1\"").when().post(narratives(cycle) + "/G001/mark-ready").then().spec(problem(403, "forbidden"));
        given().when().get(narratives(cycle) + "/G001").then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    @TestSecurity(user = "leadership-1", roles = "leadership")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void leadershipRequestsMoreEvidenceOnANarrativeReadyForReview() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "G003", "Scrutiny ...");
        fixtures.markReady(Fixtures.COUNCIL, cycle, "G003");
        ifMatch(2).body(Map.of("reason", "Cite the scrutiny work programme"))
                .when().post(narratives(cycle) + "/G003/request-evidence").then().statusCode(200)
                .body("status", equalTo("MORE_EVIDENCE_REQUESTED")).header("ETag", equalTo("\"3\""));
        given().header("If-Match", "\"3\"").when().post(narratives(cycle) + "/G003/return-to-draft").then().spec(problem(403, "forbidden"));
    }

    @Test
    @TestSecurity(user = "author-9", roles = "author")
    @OidcSecurity(claims = @Claim(key = "council", value = "other-district"))
    void anotherCouncilsNarrativesAreNotFound() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "CI003", "ours");
        given().when().get(narratives(cycle) + "/CI003").then().spec(problem(404, "not-found"));
        given().when().get(narratives(cycle)).then().spec(problem(404, "not-found"));
        given().when().get(narratives(cycle) + "/CI003/history").then().spec(problem(404, "not-found"));
        given().when().get(narratives(cycle) + "/CI003/evidence").then().spec(problem(404, "not-found"));
        given().header("If-Match", "\"1\"").when().post(narratives(cycle) + "/CI003/mark-ready").then().spec(problem(404, "not-found"));
        ifMatch(1).body(Map.of("text", "theirs"))
                .when().put(narratives(cycle) + "/CI003").then().spec(problem(404, "not-found"));
    }

    @Test
    @TestSecurity
    void withoutATokenNarrativesAreUnauthorized() {
        given().when().get(narratives(UUID.randomUUID())).then().statusCode(401);
    }
}
