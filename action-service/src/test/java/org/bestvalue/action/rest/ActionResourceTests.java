package org.bestvalue.action.rest;

import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsOtherPlanner;
import org.bestvalue.eventkit.testing.identity.AsOfficer;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.bestvalue.action.Given;
import org.bestvalue.action.actionplan.ActionCommand;
import org.bestvalue.action.actionplan.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.bestvalue.action.rest.Http.ifMatch;
import static org.bestvalue.action.rest.Http.json;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The actions API: each endpoint, its success and its errors (400/401/403/404/409/422/428). Today is 2024-10-15. */
@QuarkusTest
class ActionResourceTests {
    private static final String PLAN = """
            {"description":"Adopt a benchmarking set for every service plan","officers":["officer-1","officer-2"],
             "serviceArea":"Corporate Policy and Performance","indicativeTimeline":"2024-Q3"}""";

    @Inject
    Given given;

    private String opportunity(String council) {
        return given.opportunity(council, "CI011");
    }

    private String action(List<String> officers) {
        return given.action(Given.COUNCIL, opportunity(Given.COUNCIL), officers, null, null);
    }

    // --- plan

    @Test
    @AsPlanner
    void plannerPlansAnActionUnderAnOpportunity() {
        String opp = opportunity(Given.COUNCIL);
        String location = json().body(PLAN)
                .post("/opportunities/{id}/actions", opp)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("status", equalTo("PLANNED")).body("officers", hasSize(2)).body("opportunityId", equalTo(opp))
                .body("characteristicCode", equalTo("CI011")).body("overdue", equalTo(false))
                .extract().header("Location");
        given().get(location).then().statusCode(200).header("ETag", "\"1\"").body("indicativeTimeline", equalTo("2024-Q3"));
        given().get("/opportunities/{id}", opp).then().body("actions", hasSize(1));
    }

    @Test
    @AsPlanner
    void aRetriedPlanWithTheSameIdempotencyKeyPlansOnce() {
        String opp = opportunity(Given.COUNCIL);
        String first = json().header("Idempotency-Key", "k-123").body(PLAN)
                .post("/opportunities/{id}/actions", opp).then().statusCode(201).extract().path("actionId");
        String second = json().header("Idempotency-Key", "k-123").body(PLAN)
                .post("/opportunities/{id}/actions", opp).then().statusCode(201).extract().path("actionId");
        org.junit.jupiter.api.Assertions.assertEquals(first, second);
        given().get("/opportunities/{id}", opp).then().body("actions", hasSize(1));
    }

    @Test
    @AsPlanner
    void planningWithEndBeforeStartIs422AndStoresNothing() {
        String opp = opportunity(Given.COUNCIL);
        json()
                .body(PLAN.replace("\"2024-Q3\"", "\"2024-Q3\",\"start\":\"2024-09-01\",\"end\":\"2024-08-01\""))
                .post("/opportunities/{id}/actions", opp)
                .then().spec(problem(422, "end-before-start", "end"));
        given().get("/opportunities/{id}", opp).then().body("actions", hasSize(0));
    }

    @Test
    @AsPlanner
    void planningWithoutOfficersOrWithABadTimelineIs400NamingTheField() {
        String opp = opportunity(Given.COUNCIL);
        json().body(PLAN.replace("[\"officer-1\",\"officer-2\"]", "[]"))
                .post("/opportunities/{id}/actions", opp).then().spec(problem(400, "invalid-request", "officers"));
        json().body(PLAN.replace("2024-Q3", "next spring"))
                .post("/opportunities/{id}/actions", opp).then().spec(problem(400, "invalid-request", "indicativeTimeline"));
        json().body(PLAN.replace("\"2024-Q3\"", "\"2024-Q3\",\"start\":\"1 July\""))
                .post("/opportunities/{id}/actions", opp).then().spec(problem(400, "malformed-body", "start"));
    }

    @Test
    @AsPlanner
    void planningUnderAnUnknownOpportunityIs404() {
        json().body(PLAN).post("/opportunities/{id}/actions", "no-such")
                .then().spec(problem(404, "not-found"));
    }

    @Test
    @AsOfficer
    void anActionOwnerCannotPlanActions() {
        String opp = opportunity(Given.COUNCIL);
        json().body(PLAN).post("/opportunities/{id}/actions", opp).then().spec(problem(403, "forbidden"));
    }

    @Test
    void withoutATokenIs401() {
        json().body(PLAN).post("/opportunities/{id}/actions", "x").then().statusCode(401);
        given().get("/actions/{id}", "x").then().statusCode(401);
        ifMatch(1).body("{\"percent\":5}")
                .post("/actions/{id}/progress-reports", "x").then().statusCode(401);
    }

    // --- schedule

    @Test
    @AsPlanner
    void schedulingNeedsIfMatchAndEndNotBeforeStart() {
        String id = action(List.of("officer-1"));
        String dates = "{\"start\":\"2024-07-01\",\"end\":\"2024-12-31\"}";
        json().body(dates).put("/actions/{id}/schedule", id)
                .then().spec(problem(428, "precondition-required", "If-Match"));
        ifMatch(1).body("{\"start\":\"2024-07-01\",\"end\":\"2024-06-30\"}")
                .put("/actions/{id}/schedule", id).then().spec(problem(422, "end-before-start", "end"));
        ifMatch(1).body("{\"start\":\"2024-07-01\"}")
                .put("/actions/{id}/schedule", id).then().spec(problem(400, "invalid-request", "end"));
        ifMatch(1).body(dates).put("/actions/{id}/schedule", id)
                .then().statusCode(200).header("ETag", "\"2\"").body("start", equalTo("2024-07-01")).body("end", equalTo("2024-12-31"));
        ifMatch(1).body(dates).put("/actions/{id}/schedule", id)
                .then().spec(problem(409, "concurrency-conflict")).body("currentVersion", equalTo(2));
        json().header("If-Match", "three").body(dates).put("/actions/{id}/schedule", id)
                .then().spec(problem(400, "invalid-if-match", "If-Match"));
    }

    // --- start and progress

    @Test
    @AsOfficer
    void anOfficerStartsAndReportsProgress() {
        String id = action(List.of("officer-1"));
        post(id, "start", 1, "{}").statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("IN_PROGRESS")).body("startedOn", equalTo("2024-10-15"));
        post(id, "progress-reports", 2, "{\"on\":\"2024-10-14\",\"percent\":40,\"rag\":\"AMBER\",\"note\":\"Two service plans updated\"}")
                .statusCode(200).header("ETag", "\"3\"")
                .body("latestProgress.percent", equalTo(40)).body("latestProgress.rag", equalTo("AMBER"))
                .body("latestProgress.authorId", equalTo("officer-1")).body("progress", hasSize(1));
        post(id, "start", 3, "{}").spec(problem(409, "action-already-in-progress"));
    }

    @Test
    @TestSecurity(user = "officer-7", roles = "action-owner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void anActionOwnerWhoIsNotOneOfItsOfficersCannotReportProgress() {
        String id = action(List.of("officer-1"));
        post(id, "progress-reports", 1, "{\"percent\":40}").spec(problem(403, "not-an-officer-of-the-action"));
        given().get("/actions/{id}", id).then().header("ETag", "\"1\"").body("progress", hasSize(0));
    }

    @Test
    @AsAuditor
    void anAuditorReadsButCannotReportProgress() {
        String id = action(List.of("auditor-1"));
        given().get("/actions/{id}", id).then().statusCode(200);
        post(id, "progress-reports", 1, "{\"percent\":40}").spec(problem(403, "forbidden"));
    }

    /**
     * Progress needs a percent or a narrative and a percent is at most a hundred; deferral needs a reason and a
     * future date. A refused request names the field and leaves the action at its version.
     */
    @ParameterizedTest(name = "{0} {1} is {2} {3} naming {4}")
    @CsvSource(delimiter = '|', value = {
            "progress-reports | {\"rag\":\"GREEN\"}                   | 422 | progress-needs-percent-or-note | note",
            "progress-reports | {\"percent\":140}                     | 400 | invalid-request                | percent",
            "progress-reports | {\"percent\":10,\"rag\":\"PURPLE\"}     | 400 | malformed-body                 | rag",
            "progress-reports | {\"on\":\"2024-10-16\",\"percent\":10} | 422 | date-in-future                 | on",
            "defer            | {}                                   | 422 | reason-required                | reason",
            "defer            | {\"reason\":\"x\",\"until\":\"2024-10-01\"} | 422 | deferral-until-not-in-future   | until",
    })
    @AsPlanner
    void aRefusedTransitionNamesTheFieldAndLeavesTheActionAtItsVersion(String verb, String body, int status, String code, String field) {
        String id = action(List.of("officer-1"));
        post(id, verb, 1, body).spec(problem(status, code, field));
        given().get("/actions/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    @AsPlanner
    void progressWithANarrativeAloneIsAccepted() {
        String id = action(List.of("officer-1"));
        post(id, "progress-reports", 1, "{\"note\":\"Planner's update\"}")
                .statusCode(200).body("latestProgress.authorId", equalTo("planner-1"))
                .body("latestProgress.percent", nullValue());
    }

    // --- completion, deferral, cancellation

    @Test
    @AsOfficer
    void doneNeedsACompletionNote() {
        String id = action(List.of("officer-1"));
        post(id, "complete", 1, "{}").spec(problem(422, "completion-note-required", "completionNote"));
        post(id, "complete", 1, "{\"completionNote\":\"All plans carry benchmarks\"}")
                .statusCode(200).body("status", equalTo("DONE"))
                .body("completedOn", equalTo("2024-10-15"));
        post(id, "progress-reports", 2, "{\"percent\":100}").spec(problem(409, "action-closed"));
    }

    @Test
    @AsPlanner
    void aDeferredActionIsCancelledOnceAndOnlyWithAReason() {
        String id = action(List.of("officer-1"));
        post(id, "defer", 1, "{\"reason\":\"Awaiting the new corporate plan\",\"until\":\"2025-04-01\"}")
                .statusCode(200).body("status", equalTo("DEFERRED"))
                .body("deferralReason", equalTo("Awaiting the new corporate plan")).body("deferredUntil", equalTo("2025-04-01"));
        post(id, "cancel", 2, "{\"reason\":\" \"}").spec(problem(422, "reason-required", "reason"));
        post(id, "cancel", 2, "{\"reason\":\"Superseded by the peer challenge action\"}")
                .statusCode(200).body("status", equalTo("CANCELLED"));
        post(id, "cancel", 3, "{\"reason\":\"again\"}").spec(problem(409, "action-closed"));
    }

    @Test
    @AsOfficer
    void anActionOwnerDefersButOnlyPlannersCancelOrLinkReferences() {
        String id = action(List.of("officer-1"));
        post(id, "cancel", 1, "{\"reason\":\"x\"}").spec(problem(403, "forbidden"));
        post(id, "external-references", 1, "{\"system\":\"bpt\",\"reference\":\"1\"}").spec(problem(403, "forbidden"));
        post(id, "defer", 1, "{\"reason\":\"Waiting for the budget\"}").statusCode(200).body("status", equalTo("DEFERRED"));
    }

    // --- external reference

    @Test
    @AsPlanner
    void plannerLinksTheBusinessPlanningToolsItem() {
        String id = action(List.of("officer-1"));
        post(id, "external-references", 1, "{\"system\":\"business-planning-tool\"}")
                .spec(problem(400, "invalid-request", "reference"));
        post(id, "external-references", 1, "{\"system\":\"business-planning-tool\",\"reference\":\"IYA-2024-0173\"}")
                .statusCode(200).header("ETag", "\"2\"")
                .body("externalReferences[0].reference", equalTo("IYA-2024-0173"));
    }

    // --- conditional reads, history, correlation

    @Test
    @AsAuditor
    void readingAnActionAgainWithItsETagIsNotModified() {
        String id = action(List.of("officer-1"));
        String etag = given().get("/actions/{id}", id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/actions/{id}", id).then().statusCode(304).header("ETag", etag)
                .body(emptyString());
        given.onAction(Given.COUNCIL, "officer-1", id, new ActionCommand.ReportProgress(LocalDate.of(2024, 10, 15), 5, null,
                null, LocalDate.of(2024, 10, 15), new Actor("officer-1", false)));
        given().header("If-None-Match", etag).get("/actions/{id}", id).then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    @AsOfficer
    void theHistoryListsTheActionsEventsNewestFirstWithWhoWhenAndTheirFields() {
        String id = action(List.of("officer-1"));
        ifMatch(1).header("X-Correlation-Id", "corr-history-1")
                .body("{\"percent\":40,\"note\":\"Halfway\"}").post("/actions/{id}/progress-reports", id).then().statusCode(200);
        given().get("/actions/{id}/history", id).then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.version", contains(2, 1)).body("items.type", contains("ProgressReported", "ActionPlanned"))
                .body("items[0].actor", equalTo("officer-1")).body("items[0].correlationId", equalTo("corr-history-1"))
                .body("items[0].percent", equalTo(40)).body("items[0].note", equalTo("Halfway"))
                .body("items[0].at", notNullValue()).body("items[1].officers", contains("officer-1"));
        given().get("/actions/{id}/history?sort=version&size=1&page=1", id).then().statusCode(200)
                .body("items.version", contains(2)).body("size", equalTo(1)).body("total", equalTo(2));
        given().get("/actions/{id}/history?sort=actor", id).then().spec(problem(400, "invalid-parameter", "sort"));
        given().get("/actions/{id}/history?size=0", id).then().spec(problem(400, "invalid-parameter", "size"));
        given().get("/actions/{id}/history?page=-1", id).then().spec(problem(400, "invalid-parameter", "page"));
        given().get("/actions/{id}/history", "no-such").then().spec(problem(404, "not-found"));
    }

    @Test
    @AsPlanner
    void theCorrelationIdOfACommandIsEchoedAndRecordedOnItsEvent() {
        String id = action(List.of("officer-1"));
        ifMatch(1).header("X-Correlation-Id", "corr-cancel-42")
                .body("{\"reason\":\"Superseded\"}").post("/actions/{id}/cancel", id)
                .then().statusCode(200).header("X-Correlation-Id", "corr-cancel-42");
        assertTrue(given.exists("SELECT 1 FROM events WHERE stream_type = 'action' AND stream_id = $1 AND stream_version = 2 "
                + "AND event_type = 'ActionCancelled' AND correlation_id = 'corr-cancel-42'", Tuple.of(id)));
    }

    // --- tenancy

    @Test
    @AsOtherPlanner
    void anotherCouncilsActionIsNotFoundAndUntouched() {
        String id = action(List.of("officer-1"));
        given().get("/actions/{id}", id).then().spec(problem(404, "not-found"));
        post(id, "cancel", 1, "{\"reason\":\"mine\"}").spec(problem(404, "not-found"));
        given().get("/actions/{id}/history", id).then().spec(problem(404, "not-found"));
        given.onAction(Given.COUNCIL, "officer-1", id, new ActionCommand.ReportProgress(LocalDate.of(2024, 10, 15), 5, null, null,
                LocalDate.of(2024, 10, 15), new Actor("officer-1", false)));
    }

    @Test
    @AsPlanner
    void anUnknownActionIs404() {
        given().get("/actions/{id}", "no-such").then().spec(problem(404, "not-found"));
        ifMatch(1).body("{\"start\":\"2024-07-01\",\"end\":\"2024-12-31\"}")
                .put("/actions/{id}/schedule", "no-such").then().spec(problem(404, "not-found"));
    }

    /** POST /actions/{id}/{verb} with {@code If-Match: "<version>"} and a JSON body: a command on the action. */
    private static ValidatableResponse post(String id, String verb, int version, String body) {
        return ifMatch(version).body(body).post("/actions/{id}/" + verb, id).then();
    }
}
