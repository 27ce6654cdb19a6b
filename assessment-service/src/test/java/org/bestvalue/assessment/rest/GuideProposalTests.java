package org.bestvalue.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.bestvalue.eventkit.testing.identity.AsAdmin;
import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A council brings the guide's own wording in: a page → a proposal it edits → a draft version → published. */
@QuarkusTest
class GuideProposalTests {

    static String fixture() {
        try (java.io.InputStream in = GuideProposalTests.class.getResourceAsStream("/guide/guide-page.html")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label() {
        return "guide-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @AsAdmin
    void aSavedPageOfTheGuideRoundTripsIntoAPublishedVersionWithTheMappingTheCouncilEdited() {
        given().when().post("/frameworks/import-demo").then().statusCode(200);
        String label = label();
        JsonPath proposal = given().contentType("text/html").body(fixture())
                .queryParam("name", "Best value guide (2026 fixture)").queryParam("label", label)
                .queryParam("predecessorLabel", "statutory-2024")
                .when().post("/frameworks/guide-proposals").then().statusCode(200)
                .contentType("application/json")
                .body("label", equalTo(label))
                .body("themes.code", contains("CI", "L", "G", "C", "R", "SD", "PCE"))
                .body("characteristics", hasSize(74))
                .body("characteristics[0].code", equalTo("CI001"))
                .body("characteristics[0].title", equalTo("A single improvement plan that leaders own, publish and track"))
                .body("characteristics.find { it.code == 'G002' }.crossReferenceTo", equalTo("CI012"))
                .body("characteristics.find { it.code == 'SD011' }.title", equalTo("Services planned with climate risks in mind"))
                .extract().jsonPath();
        List<Map<String, Object>> mapping = proposal.getList("mapping");
        Map<String, Integer> counts = new HashMap<>();
        mapping.forEach(m -> counts.merge((String) m.get("change"), 1, Integer::sum));
        assertEquals(Map.of("UNCHANGED", 71, "REWORDED", 1, "ADDED", 1, "REMOVED", 1), counts);
        // The guide dropped L009, so its L010 and L011 are numbered L009 and L010: the wording carries them.
        assertEquals(Map.of("code", "L009", "predecessorCode", "L010", "change", "UNCHANGED"), find(mapping, "L009"));
        assertEquals(Map.of("code", "CI001", "predecessorCode", "CI001", "change", "REWORDED"), find(mapping, "CI001"));

        // The council edits the proposal: the climate item was split out of SD010, not added from nothing.
        Map<String, Object> body = new HashMap<>(proposal.getMap(""));
        List<Map<String, Object>> edited = new java.util.ArrayList<>();
        for (Map<String, Object> m : mapping) {
            if ("SD010".equals(m.get("code")) || "SD011".equals(m.get("code"))) {
                Map<String, Object> split = new HashMap<>(m);
                split.put("predecessorCode", "SD010");
                split.put("change", "SPLIT");
                edited.add(split);
            } else {
                edited.add(m);
            }
        }
        body.put("mapping", edited);
        String id = given().contentType("application/json").body(body).when().post("/frameworks").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        given().when().get("/frameworks/" + id + "/diff").then().statusCode(200)
                .body("from.label", equalTo("statutory-2024"))
                .body("counts.UNCHANGED", equalTo(70))
                .body("counts.SPLIT", equalTo(2))
                .body("counts.ADDED", equalTo(0))
                .body("counts.REMOVED", equalTo(1))
                .body("changes.REWORDED[0].predecessorTitle", equalTo("An improvement plan owned and tracked by leaders"));
        String etag = given().when().get("/frameworks/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).when().post("/frameworks/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("characteristics", hasSize(74));
    }

    @Test
    @AsAdmin
    void aPageThatDoesNotFitIs422NamingTheLine() {
        String page = "<html><body>\n<h1>The guide</h1>\n<p>Introduction.</p>\n<h2>Characteristics of a well-functioning authority</h2>\n"
                + "<ul><li>Something</li></ul>\n</body></html>";
        given().contentType("text/html").body(page).queryParam("name", "Guide").queryParam("label", label())
                .when().post("/frameworks/guide-proposals").then().spec(problem(422, "invalid-framework-file"))
                .body("line", equalTo(4))
                .body("errors[0].line", equalTo(4))
                .body("errors[0].message", containsString("a characteristic heading without a theme"))
                .body("detail", containsString("line 4"));
    }

    @Test
    @AsAdmin
    void characteristicsPastedAsCsvOrJsonAreProposedLikeThePage() {
        String csv = "theme,characteristic\n1. Continuous improvement,Plans tracked\nContinuous improvement,Data used\nGovernance,\"Scrutiny, resourced\"\n";
        given().contentType("text/csv").body(csv).queryParam("name", "Pasted").queryParam("label", label())
                .when().post("/frameworks/guide-proposals").then().statusCode(200)
                .body("themes.code", contains("CI", "G"))
                .body("themes[0].title", equalTo("Continuous improvement"))
                .body("characteristics.code", contains("CI001", "CI002", "G001"))
                .body("characteristics[2].title", equalTo("Scrutiny, resourced"))
                .body("mapping", hasSize(0));
        given().contentType("text/csv").body("theme,characteristic\nGovernance,\n").queryParam("name", "Pasted").queryParam("label", label())
                .when().post("/frameworks/guide-proposals").then().spec(problem(422, "invalid-framework-file"))
                .body("errors[0].line", equalTo(2)).body("errors[0].column", equalTo(2)).body("errors[0].field", equalTo("characteristic"));
        given().contentType("application/json").body(Map.of("themes", List.of(Map.of("title", "Culture", "characteristics", List.of("Open", "Kind")))))
                .queryParam("name", "Pasted").queryParam("label", label())
                .when().post("/frameworks/guide-proposals").then().statusCode(200)
                .body("characteristics.code", contains("C001", "C002"));
        given().contentType("application/json").body("{}").queryParam("name", "Pasted").queryParam("label", label())
                .when().post("/frameworks/guide-proposals").then().spec(problem(422, "invalid-framework-file")).body("errors[0].field", equalTo("themes"));
    }

    @Test
    @AsAdmin
    void aLabelTheCouncilHasIs409AndAMissingNameIs422() {
        given().when().post("/frameworks/import-demo").then().statusCode(200);
        given().contentType("text/html").body(fixture()).queryParam("name", "Again").queryParam("label", "statutory-2024")
                .when().post("/frameworks/guide-proposals").then().spec(problem(409, "duplicate-label"));
        given().contentType("text/html").body(fixture()).queryParam("label", label())
                .when().post("/frameworks/guide-proposals").then().spec(problem(422, "invalid-framework-file")).body("errors[0].field", equalTo("name"));
    }

    @Test
    @AsPlanner
    void onlyAnAdminBringsTheGuideIn() {
        given().contentType("text/html").body(fixture()).queryParam("name", "Guide").queryParam("label", label())
                .when().post("/frameworks/guide-proposals").then().spec(problem(403, "forbidden"));
    }

    private static Map<String, Object> find(List<Map<String, Object>> mapping, String code) {
        Map<String, Object> out = mapping.stream().filter(m -> code.equals(m.get("code"))).findFirst().orElseThrow();
        return new HashMap<>(out);
    }
}
