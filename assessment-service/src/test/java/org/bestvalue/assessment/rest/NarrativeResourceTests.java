package org.bestvalue.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.bestvalue.assessment.cycle.CycleCommand;
import org.bestvalue.assessment.service.CycleService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestSecurity(user = "author-1", roles = "author")
@OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
class NarrativeResourceTests {
    @Inject
    Fixtures fixtures;
    @Inject
    CycleService cycles;

    private String narratives(UUID cycle) {
        return "/cycles/" + cycle + "/narratives";
    }

    @Test
    void anAuthorDraftsAndRevisesAndEveryRevisionIsKeptWithAuthorAndTime() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        given().contentType(ContentType.JSON).body(Map.of("characteristicCode", "CI011", "text", "A citizens' panel is planned."))
                .when().post(narratives(cycle)).then().statusCode(201)
                .header("Location", containsString("/narratives/CI011")).header("ETag", equalTo("\"1\""))
                .body("revision", equalTo(1)).body("status", equalTo("DRAFT")).body("authorId", equalTo("author-1"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("text", "The panel meets from September."))
                .when().put(narratives(cycle) + "/CI011").then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("revision", equalTo(2)).body("text", equalTo("The panel meets from September."));
        given().when().get(narratives(cycle) + "/CI011/revisions").then().statusCode(200)
                .body("$", hasSize(2)).body("text", contains("A citizens' panel is planned.", "The panel meets from September."))
                .body("authorId", contains("author-1", "author-1")).body("[1].at", notNullValue());
        given().when().get(narratives(cycle)).then().statusCode(200).body("characteristicCode", contains("CI011"))
                .body("[0].revision", equalTo(2));
        given().when().get(narratives(cycle) + "/CI011").then().statusCode(200).header("ETag", equalTo("\"2\""));
    }

    @Test
    void aCrossReferenceCellAndAnUnknownCodeCannotHaveANarrative() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        given().contentType(ContentType.JSON).body(Map.of("characteristicCode", "G002", "text", "x"))
                .when().post(narratives(cycle)).then().statusCode(422).contentType("application/problem+json")
                .body("field", equalTo("characteristicCode")).body("detail", containsString("cross-reference"));
        given().contentType(ContentType.JSON).body(Map.of("characteristicCode", "ZZ999", "text", "x"))
                .when().post(narratives(cycle)).then().statusCode(422).body("field", equalTo("characteristicCode"));
    }

    @Test
    void aSecondDraftForTheSameCharacteristicIsAConflict() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "L001", "first");
        given().contentType(ContentType.JSON).body(Map.of("characteristicCode", "L001", "text", "second"))
                .when().post(narratives(cycle)).then().statusCode(409).body("field", equalTo("characteristicCode"));
    }

    @Test
    void aRevisionWithoutIfMatchIs428AndAStaleOneIs409WithTheCurrentVersion() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "L002", "first");
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).when().put(narratives(cycle) + "/L002").then().statusCode(428)
                .body("field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("text", "second")).when().put(narratives(cycle) + "/L002")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("text", "lost update")).when().put(narratives(cycle) + "/L002")
                .then().statusCode(409).body("currentVersion", equalTo(2));
    }

    @Test
    void oversizedTextAndMalformedJsonAreBadRequestsNamingTheField() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        given().contentType(ContentType.JSON).body(Map.of("characteristicCode", "CI001", "text", "x".repeat(50_001)))
                .when().post(narratives(cycle)).then().statusCode(400).body("field", equalTo("text"));
        given().contentType(ContentType.JSON).body("{\"characteristicCode\": \"CI001\", \"text\": ")
                .when().post(narratives(cycle)).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void contributorsAreRecordedWithTheirRole() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "R001", "Medium-term financial strategy ...");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("userId", "head-of-finance", "role", "workshop participant"))
                .when().post(narratives(cycle) + "/R001/contributors").then().statusCode(200)
                .body("contributors[0].userId", equalTo("head-of-finance")).body("contributors[0].role", equalTo("workshop participant"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("userId", "", "role", "x"))
                .when().post(narratives(cycle) + "/R001/contributors").then().statusCode(400).body("field", equalTo("userId"));
    }

    @Test
    void anAuthorMarksANarrativeReadyForReviewButCannotRequestMoreEvidence() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "SD001", "Service standards ...");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("to", "ready-for-review"))
                .when().post(narratives(cycle) + "/SD001/status").then().statusCode(200).body("status", equalTo("READY_FOR_REVIEW"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("to", "MORE_EVIDENCE_REQUESTED"))
                .when().post(narratives(cycle) + "/SD001/status").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("to", "finished"))
                .when().post(narratives(cycle) + "/SD001/status").then().statusCode(400).body("field", equalTo("to"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("to", "READY_FOR_REVIEW"))
                .when().post(narratives(cycle) + "/SD001/status").then().statusCode(409).body("field", equalTo("to"));
    }

    @Test
    void evidenceIsAttachedListedByTheNarrativeShownInTheItemsUsageAndDetached() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "C001", "Values and behaviours ...");
        UUID item = fixtures.evidenceItem(Fixtures.COUNCIL, "Staff survey 2023");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("evidenceId", item.toString()))
                .when().post(narratives(cycle) + "/C001/evidence").then().statusCode(200).body("evidenceIds", contains(item.toString()));
        given().when().get(narratives(cycle) + "/C001/evidence").then().statusCode(200).body("title", contains("Staff survey 2023"));
        given().when().get("/evidence/" + item + "/usage").then().statusCode(200)
                .body("characteristicCode", contains("C001")).body("[0].cycleId", equalTo(cycle.toString()));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("evidenceId", item.toString()))
                .when().post(narratives(cycle) + "/C001/evidence").then().statusCode(409).body("field", equalTo("evidenceId"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("evidenceId", UUID.randomUUID().toString()))
                .when().post(narratives(cycle) + "/C001/evidence").then().statusCode(422).body("field", equalTo("evidenceId"));
        given().header("If-Match", "\"2\"").when().delete(narratives(cycle) + "/C001/evidence/" + item).then().statusCode(200)
                .body("evidenceIds", hasSize(0));
        given().when().get("/evidence/" + item + "/usage").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aClosedCyclesNarrativesNoLongerChange() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "PCE001", "Partnership board ...");
        cycles.decide(Fixtures.as(Fixtures.COUNCIL, "planner-1"), cycle, 1, new CycleCommand.CloseCycle()).await().atMost(Duration.ofSeconds(30));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("text", "late change"))
                .when().put(narratives(cycle) + "/PCE001").then().statusCode(409).body("field", equalTo("cycleId"));
    }

    @Test
    void anUnknownNarrativeIsNotFound() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        given().when().get(narratives(cycle) + "/CI002").then().statusCode(404).contentType("application/problem+json");
        given().when().get(narratives(UUID.randomUUID())).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "reviewer-1", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void aReviewerRequestsMoreEvidenceButCannotWriteTheNarrative() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "G001", "Constitution ...");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("text", "mine now"))
                .when().put(narratives(cycle) + "/G001").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("to", "MORE_EVIDENCE_REQUESTED"))
                .when().post(narratives(cycle) + "/G001/status").then().statusCode(409).body("field", equalTo("to"));
        given().when().get(narratives(cycle) + "/G001").then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    @TestSecurity(user = "author-9", roles = "author")
    @OidcSecurity(claims = @Claim(key = "council", value = "other-district"))
    void anotherCouncilsNarrativesAreNotFound() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "CI003", "ours");
        given().when().get(narratives(cycle) + "/CI003").then().statusCode(404);
        given().when().get(narratives(cycle)).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("text", "theirs"))
                .when().put(narratives(cycle) + "/CI003").then().statusCode(404);
    }

    @Test
    @TestSecurity
    void withoutATokenNarrativesAreUnauthorized() {
        given().when().get(narratives(UUID.randomUUID())).then().statusCode(401);
    }
}
