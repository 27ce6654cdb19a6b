package org.bestvalue.assessment.rest;

import org.bestvalue.eventkit.testing.identity.AsAuthor;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.bestvalue.assessment.ListContract;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.bestvalue.assessment.Http.ifMatch;
import static org.bestvalue.assessment.Http.json;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@AsAuthor
class EvidenceResourceTests {
    @Inject
    Fixtures fixtures;

    private static Map<String, Object> item(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("kind", "committee-decision");
        m.put("reference", "Minute 45/2024");
        m.put("owner", "democratic-services");
        m.put("date", "2024-02-21");
        m.put("contentHash", "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        return m;
    }

    @Test
    void anAuthorAddsAnItemAndRevisesItAndEveryRevisionIsKept() {
        String id = json().body(item("Corporate Plan")).when().post("/evidence").then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).body("kind", equalTo("COMMITTEE_DECISION")).body("date", equalTo("2024-02-21"))
                .extract().path("id");
        Map<String, Object> revised = item("Corporate Plan 2024-2028");
        revised.put("uri", "https://council.example/corporate-plan");
        ifMatch(1).body(revised).when().put("/evidence/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("revision", equalTo(2)).body("title", equalTo("Corporate Plan 2024-2028"));
        given().when().get("/evidence/" + id + "/history").then().statusCode(200)
                .body("items.revision", contains(2, 1)).body("items.title", contains("Corporate Plan 2024-2028", "Corporate Plan"))
                .body("items.type", contains("EvidenceItemRevised", "EvidenceItemAdded"))
                .body("items.actor", contains("author-1", "author-1")).body("total", equalTo(2));
        given().queryParam("size", 1).when().get("/evidence/" + id + "/history").then().statusCode(200)
                .body("items.version", contains(2)).body("total", equalTo(2));
        given().queryParam("size", 200).when().get("/evidence").then().statusCode(200).body("items.id", hasItem(id));
        ifMatch(1).body(item("stale")).when().put("/evidence/" + id).then()
                .spec(problem(409, "concurrency-conflict")).body("currentVersion", equalTo(2));
        json().body(item("no if-match")).when().put("/evidence/" + id).then().spec(problem(428, "precondition-required"));
    }

    @Test
    void theLibraryIsAPageSortedByTitleOrNewestDateAndFilteredByKind() {
        String prefix = "Lib " + UUID.randomUUID().toString().substring(0, 8) + " ";
        Map<String, Object> older = item(prefix + "B older");
        older.put("date", "2020-01-01");
        Map<String, Object> newer = item(prefix + "A newer");
        newer.put("date", "2024-03-01");
        newer.put("kind", "data");
        String olderId = json().body(older).when().post("/evidence").then().statusCode(201).extract().path("id");
        String newerId = json().body(newer).when().post("/evidence").then().statusCode(201).extract().path("id");
        ListContract.answersThePageEnvelope("/evidence", 2);
        List<String> byTitle = given().queryParam("size", 200).when().get("/evidence").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertTrue(byTitle.indexOf(newerId) < byTitle.indexOf(olderId), "title order: A before B");
        List<String> byDate = given().queryParam("size", 200).queryParam("sort", "-date,title").when().get("/evidence").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(byDate.indexOf(newerId) < byDate.indexOf(olderId), "newest date first");
        given().queryParam("kind", "data").queryParam("size", 200).when().get("/evidence").then().statusCode(200)
                .body("items.id", hasItem(newerId)).body("items.id", not(hasItem(olderId))).body("items.kind", everyItem(equalTo("DATA")));
        given().queryParam("kind", "rumour").when().get("/evidence").then().spec(problem(400, "invalid-request", "kind"));
        ListContract.refusesBadPaging("/evidence");
        ListContract.refusesBadPaging("/evidence/" + olderId + "/history");
        ListContract.refusesBadPaging("/evidence/" + olderId + "/usage");
    }

    @Test
    void anItemReadAgainWithItsETagIsNotModifiedAndARetriedAddStoresNothing() {
        String key = "add-" + UUID.randomUUID();
        String id = json().header("Idempotency-Key", key).body(item("Retried")).when().post("/evidence")
                .then().statusCode(201).extract().path("id");
        json().header("Idempotency-Key", key).body(item("Retried")).when().post("/evidence")
                .then().statusCode(201).body("id", equalTo(id)).header("ETag", equalTo("\"1\""));
        given().header("If-None-Match", "\"1\"").when().get("/evidence/" + id).then().statusCode(304);
        given().when().get("/evidence/" + id + "/history").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefusedAndStoresNothing() {
        String key = "add-" + UUID.randomUUID();
        json().header("Idempotency-Key", key).body(item("First")).when().post("/evidence")
                .then().statusCode(201);
        int before = given().when().get("/evidence").then().statusCode(200).extract().path("total");
        json().header("Idempotency-Key", key).body(item("Second")).when().post("/evidence")
                .then().spec(problem(422, "idempotency-key-reused", "Idempotency-Key"));
        given().when().get("/evidence").then().body("total", equalTo(before));
        // A new key is a new request.
        json().header("Idempotency-Key", key + "-2").body(item("Second")).when().post("/evidence")
                .then().statusCode(201);
    }

    @Test
    void aWebPageNeedsItsUriAndAnItemNeedsAReferenceOrUri() {
        Map<String, Object> page = item("Council website");
        page.put("kind", "web-page");
        json().body(page).when().post("/evidence").then().spec(problem(422, "uri-required", "uri"));
        Map<String, Object> nowhere = item("Somewhere");
        nowhere.remove("reference");
        json().body(nowhere).when().post("/evidence").then().spec(problem(422, "reference-or-uri-required", "reference"));
        Map<String, Object> badHash = item("Hash");
        badHash.put("contentHash", "md5:abc");
        json().body(badHash).when().post("/evidence").then().spec(problem(422, "invalid-content-hash", "contentHash"));
    }

    @Test
    void missingTitleUnknownKindAndBadDateAreBadRequestsNamingTheField() {
        Map<String, Object> noTitle = item("");
        json().body(noTitle).when().post("/evidence").then().spec(problem(400, "invalid-request", "title"));
        Map<String, Object> badKind = item("x");
        badKind.put("kind", "rumour");
        json().body(badKind).when().post("/evidence").then().spec(problem(400, "invalid-request", "kind"));
        Map<String, Object> badDate = item("x");
        badDate.put("date", "last spring");
        json().body(badDate).when().post("/evidence").then().spec(problem(400, "invalid-request", "date"));
    }

    @Test
    @AsAuditor
    void anAuditorReadsTheLibraryButCannotAddToIt() {
        UUID id = fixtures.evidenceItem(Fixtures.COUNCIL, "Annual governance statement");
        given().when().get("/evidence/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
        json().body(item("x")).when().post("/evidence").then().spec(problem(403, "forbidden"));
    }

    @Test
    @TestSecurity(user = "author-9", roles = "author")
    @OidcSecurity(claims = @Claim(key = "council", value = "other-district"))
    void anotherCouncilsEvidenceIsNotFound() {
        UUID id = fixtures.evidenceItem(Fixtures.COUNCIL, "Ours");
        given().when().get("/evidence/" + id).then().spec(problem(404, "not-found"));
        given().when().get("/evidence/" + id + "/usage").then().spec(problem(404, "not-found"));
        given().when().get("/evidence/" + id + "/history").then().spec(problem(404, "not-found"));
        given().queryParam("size", 200).when().get("/evidence").then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        ifMatch(1).body(item("theirs")).when().put("/evidence/" + id).then().spec(problem(404, "not-found"));
    }

    @Test
    @TestSecurity
    void withoutATokenTheLibraryIsUnauthorized() {
        given().when().get("/evidence").then().statusCode(401);
    }
}
