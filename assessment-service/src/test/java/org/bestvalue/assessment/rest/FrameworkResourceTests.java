package org.bestvalue.assessment.rest;

import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import org.bestvalue.eventkit.testing.identity.AsAdmin;
import io.quarkus.test.junit.QuarkusTest;
import org.bestvalue.assessment.ListContract;
import io.restassured.response.ValidatableResponse;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.bestvalue.assessment.Http.json;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class FrameworkResourceTests {
    static final String CSV_HEADER = "theme_code,theme_title,code,title,description,order,cross_reference_to,predecessor_code,change\n";

    @Test
    @AsAdmin
    void demoImportReportsTheCouncilsComparison41Unchanged2Removed13Added() {
        String statutory = importDemo()
                .body("statutory", published("statutory-2024", 73, 1))
                .body("statutory.themeCount", equalTo(7))
                .body("draft.label", equalTo("draft-2023"))
                .extract().path("statutory.id");

        given().when().get("/frameworks/" + statutory + "/diff").then().statusCode(200)
                .body("counts.UNCHANGED", equalTo(41))
                .body("counts.REMOVED", equalTo(2))
                .body("counts.ADDED", equalTo(13))
                .body("counts.REWORDED", equalTo(18))
                .body("changes.ADDED.code", hasItem("CI010"))
                .body("changes.REMOVED.predecessorCode", contains("L009", "PCE008"))
                .body("retainedByCouncil", contains("L009"));

        given().when().get("/frameworks/" + statutory).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("characteristics.find { it.code == 'G002' }.crossReferenceTo", equalTo("CI012"))
                .body("characteristics.find { it.code == 'CI011' }.title", equalTo("Residents' views shape improvement work"))
                .body("characteristics.find { it.code == 'CI001' }.title", equalTo("An improvement plan owned and tracked by leaders"));
    }

    @Test
    @AsAdmin
    void everyShippedCharacteristicHasARealTitleAndRewordedOnesDifferFromTheDraft() {
        var demo = importDemo().extract().jsonPath();
        for (String label : java.util.List.of("draft", "statutory", "revised")) {
            var version = given().when().get("/frameworks/" + demo.getString(label + ".id")).then().statusCode(200).extract().jsonPath();
            java.util.List<String> themeDescriptions = version.getList("themes.description");
            org.junit.jupiter.api.Assertions.assertEquals(7, themeDescriptions.stream().filter(d -> d != null && !d.isBlank()).count(),
                    label + ": every theme says what it is about");
            java.util.List<String> codes = version.getList("characteristics.code");
            java.util.List<String> titles = version.getList("characteristics.title");
            for (int i = 0; i < titles.size(); i++) {
                String title = titles.get(i);
                org.junit.jupiter.api.Assertions.assertFalse(title.toLowerCase().contains("awaits") || title.startsWith(codes.get(i)),
                        label + " " + codes.get(i) + " has a placeholder title: " + title);
                org.junit.jupiter.api.Assertions.assertTrue(title.length() <= 80, label + " " + codes.get(i) + " is a short label: " + title);
            }
            org.junit.jupiter.api.Assertions.assertEquals(codes.size(), new java.util.HashSet<>(titles).size(),
                    label + ": every characteristic has its own title");
        }
        String statutory = demo.getString("statutory.id");
        var diff = given().when().get("/frameworks/" + statutory + "/diff").then().statusCode(200).extract().jsonPath();
        java.util.List<java.util.Map<String, String>> reworded = diff.getList("changes.REWORDED");
        for (var line : reworded) {
            org.junit.jupiter.api.Assertions.assertNotEquals(line.get("predecessorTitle"), line.get("title"), line.get("code") + " is reworded");
        }
        java.util.List<java.util.Map<String, String>> unchanged = diff.getList("changes.UNCHANGED");
        for (var line : unchanged) {
            org.junit.jupiter.api.Assertions.assertEquals(line.get("predecessorTitle"), line.get("title"), line.get("code") + " is unchanged");
        }
    }

    @Test
    @AsAdmin
    void theCouncils2025ListMergesFourPairsDropsL009AndAddsCI013() {
        var demo = importDemo()
                .body("revised", published("council-2025", 69, 1))
                .body("revised.predecessorId", equalTo(demoId("statutory")))
                .extract().jsonPath();
        given().when().get("/frameworks/" + demo.getString("revised.id") + "/diff").then().statusCode(200)
                .body("counts.UNCHANGED", equalTo(64))
                .body("counts.MERGED", equalTo(8))
                .body("counts.ADDED", equalTo(1))
                .body("counts.REMOVED", equalTo(1))
                .body("changes.MERGED.predecessorCode", contains("CI005", "CI006", "C002", "C003", "R004", "R005", "SD003", "SD007"))
                .body("changes.MERGED.code", contains("CI005", "CI005", "C002", "C002", "R004", "R004", "SD003", "SD003"))
                .body("changes.ADDED.code", contains("CI013"))
                .body("changes.REMOVED.predecessorCode", contains("L009"))
                .body("retainedByCouncil", hasSize(0));
    }

    /** The admin's demo import, answered 200. */
    private static ValidatableResponse importDemo() {
        return given().when().post("/frameworks/import-demo").then().statusCode(200);
    }

    /** A published version's summary with its label and how many characteristics and cross-references it has. */
    private static Matcher<Map<? extends String, ?>> published(String label, int characteristics, int crossReferences) {
        return allOf(Matchers.<String, Object>hasEntry("label", label), Matchers.<String, Object>hasEntry("status", "PUBLISHED"),
                Matchers.<String, Object>hasEntry("characteristicCount", characteristics),
                Matchers.<String, Object>hasEntry("crossReferenceCount", crossReferences));
    }

    private static String demoId(String which) {
        return importDemo().extract().path(which + ".id");
    }

    @Test
    @AsAdmin
    void demoImportTwiceStoresNothingTheSecondTimeAndAnswersTheSameIds() {
        var first = importDemo().extract().jsonPath();
        var second = importDemo().extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(first.getString("statutory.id"), second.getString("statutory.id"));
        org.junit.jupiter.api.Assertions.assertEquals(first.getString("draft.id"), second.getString("draft.id"));
        org.junit.jupiter.api.Assertions.assertFalse(second.getBoolean("changed"));
        org.junit.jupiter.api.Assertions.assertEquals(first.getLong("statutory.version"), second.getLong("statutory.version"));
    }

    @Test
    @AsAdmin
    void aCsvWithBadLinesIsRejectedWholeWithLineAndColumnOfEachProblem() {
        String csv = CSV_HEADER
                + "CI,Continuous Improvement,CI001,First,,1,,,\n"
                + "CI,Continuous Improvement,CI001,Duplicate,,2,,,\n"
                + "XX,Other,X001,,,3,,,\n";
        given().contentType("text/csv").body(csv)
                .queryParam("name", "Bad file").queryParam("label", "bad-csv")
                .when().post("/frameworks").then().spec(problem(422, "invalid-framework-file", "characteristics[1].code"))
                .body("errors", hasSize(2))
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo(3))
                .body("errors[0].field", equalTo("characteristics[1].code"))
                .body("errors[1].line", equalTo(4)).body("errors[1].column", equalTo(4))
                .body("errors[1].field", equalTo("characteristics[2].title"));
        given().queryParam("size", 200).when().get("/frameworks").then().statusCode(200)
                .body("items.label", org.hamcrest.Matchers.not(hasItem("bad-csv")));
    }

    @Test
    @AsAdmin
    void malformedJsonIsReportedAtItsLineAndColumn() {
        json().body("{\n  \"name\": \"x\",\n  \"label\": oops\n}")
                .when().post("/frameworks").then().spec(problem(422, "invalid-framework-file"))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].column", notNullValue())
                .body("detail", startsWith("1 problem"));
    }

    @Test
    @AsAdmin
    void jsonReferringToAnUnknownCharacteristicNamesTheFieldAndLine() {
        String json = """
                {
                  "name": "Mini", "label": "mini-bad",
                  "themes": [ { "code": "CI", "title": "Continuous Improvement" } ],
                  "characteristics": [
                    { "code": "CI001", "themeCode": "CI", "title": "One" },
                    { "code": "G002", "themeCode": "CI", "title": "See CI099", "crossReferenceTo": "CI099" }
                  ]
                }""";
        json().body(json).when().post("/frameworks").then().spec(problem(422, "invalid-framework-file"))
                .body("errors[0].field", equalTo("characteristics[1].crossReferenceTo"))
                .body("errors[0].line", equalTo(6));
    }

    @Test
    @AsAdmin
    void aGoodCsvImportsAsADraftVersionAndItsLabelCannotBeUsedTwice() {
        String csv = CSV_HEADER + "CI,Continuous Improvement,CI001,\"Quoted, with comma\",,1,,,\n";
        given().contentType("text/csv").body(csv).queryParam("name", "Tiny").queryParam("label", "tiny-csv")
                .when().post("/frameworks").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/frameworks/"))
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("DRAFT"))
                .body("characteristics[0].title", equalTo("Quoted, with comma"))
                .body("predecessorId", nullValue());
        given().contentType("text/csv").body(csv).queryParam("name", "Tiny").queryParam("label", "tiny-csv")
                .when().post("/frameworks").then().spec(problem(409, "duplicate-label", "label"));
    }

    @Test
    @AsAdmin
    void aRetriedImportWithItsIdempotencyKeyAnswersTheFirstVersionAndTheKeyServesNoOtherFile() {
        String csv = CSV_HEADER + "CI,Continuous Improvement,CI001,Retried,,1,,,\n";
        String key = "import-" + java.util.UUID.randomUUID();
        String first = given().contentType("text/csv").header("Idempotency-Key", key).body(csv).queryParam("name", "Retry")
                .queryParam("label", key).when().post("/frameworks").then().statusCode(201).extract().path("id");
        given().contentType("text/csv").header("Idempotency-Key", key).body(csv).queryParam("name", "Retry")
                .queryParam("label", key).when().post("/frameworks").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/frameworks/" + first)).body("id", equalTo(first));
        given().contentType("text/csv").header("Idempotency-Key", key).body(csv).queryParam("name", "Retry")
                .queryParam("label", key + "-other").when().post("/frameworks").then().spec(problem(422, "idempotency-key-reused"));
    }

    @Test
    @AsPlanner
    void aPlannerImportsAFrameworkAndTheVersionsAreAPage() {
        String label = "planner-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String csv = CSV_HEADER + "CI,Continuous Improvement,CI001,First,,1,,,\n";
        String id = given().contentType("text/csv").body(csv).queryParam("name", "Planner's").queryParam("label", label)
                .when().post("/frameworks").then().statusCode(201).extract().path("id");
        importDemo();
        ListContract.answersThePageEnvelope("/frameworks", 3);
        given().queryParam("sort", "-importedAt,id").queryParam("size", 200).when().get("/frameworks").then().statusCode(200)
                .body("items.label", hasItem(label)).body("items.find { it.id == '" + id + "' }.characteristicCount", equalTo(1));
        given().queryParam("sort", "label").queryParam("size", 1).when().get("/frameworks").then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1));
        ListContract.refusesBadPaging("/frameworks");
        String etag = given().when().get("/frameworks/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/frameworks/" + id).then().statusCode(304);
    }

    @Test
    @AsAuthor
    void anAuthorCannotImportAFramework() {
        given().contentType("text/csv").body(CSV_HEADER).queryParam("name", "x").queryParam("label", "x")
                .when().post("/frameworks").then().spec(problem(403, "forbidden"));
        given().when().post("/frameworks/import-demo").then().spec(problem(403, "forbidden"));
    }

    @Test
    void withoutATokenFrameworksAreNotReadable() {
        given().when().get("/frameworks").then().statusCode(401);
    }
}
