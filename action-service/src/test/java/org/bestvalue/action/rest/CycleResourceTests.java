package org.bestvalue.action.rest;

import org.bestvalue.eventkit.testing.identity.AsOperator;
import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsOtherPlanner;
import org.bestvalue.eventkit.testing.identity.AsLeadership;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import org.bestvalue.eventkit.testing.identity.AsAdmin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.bestvalue.action.Given;
import org.bestvalue.action.TestClock;
import org.bestvalue.action.actionplan.ActionCommand;
import org.bestvalue.action.actionplan.Actor;
import org.bestvalue.action.actionplan.Rag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The action plan reads: Appendix A, overdue actions, counts per theme, an officer's own actions. Today is 2024-10-15. */
@QuarkusTest
class CycleResourceTests {
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 15);
    private static final Actor OFFICER = new Actor("officer-1", false);

    @Inject
    Given given;
    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    @AsLeadership
    void theActionPlanListsCharacteristicOpportunityActionOfficersTimelineStatusAndLatestProgressInFrameworkOrder() {
        Given.Opportunities opportunities = given.opportunities(Given.COUNCIL, "L001", "CI011", "CI010");
        String cycle = opportunities.cycle();
        String a1 = given.action(Given.COUNCIL, opportunities.on("CI011"), List.of("officer-1", "officer-2"), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31));
        given.onAction(Given.COUNCIL, "officer-1", a1, new ActionCommand.ReportProgress(LocalDate.of(2024, 9, 1), 20, Rag.AMBER, "First", TODAY, OFFICER));
        given.onAction(Given.COUNCIL, "officer-1", a1, new ActionCommand.ReportProgress(LocalDate.of(2024, 10, 1), 60, Rag.GREEN, "Latest", TODAY, OFFICER));
        given.action(Given.COUNCIL, opportunities.on("L001"), "officer-3");

        JsonPath plan = given().get("/cycles/{c}/action-plan", cycle).then().statusCode(200)
                .body("cycleId", equalTo(cycle)).body("today", equalTo("2024-10-15"))
                .body("rows.characteristicCode", contains("CI010", "CI011", "L001"))
                .extract().jsonPath();
        assertEquals((Object) null, plan.get("rows[0].actionId"), "an opportunity without actions still has its line");
        assertEquals("Gap on CI011", plan.get("rows[1].opportunity"));
        assertEquals("CI", plan.get("rows[1].themeCode"));
        assertEquals("Continuous Improvement", plan.get("rows[1].themeTitle"));
        assertEquals("Characteristic CI011", plan.get("rows[1].characteristicTitle"));
        assertEquals(List.of("officer-1", "officer-2"), plan.get("rows[1].officers"));
        assertEquals("Dana Okafor", plan.get("rows[1].officerPeople[0].name"), "officers are named from the directory");
        assertEquals("Corporate Performance Manager", plan.get("rows[1].officerPeople[0].jobTitle"));
        assertEquals("Former user", plan.get("rows[1].officerPeople[1].name"), "an id the directory does not hold is a former user");
        assertEquals("2024-Q4", plan.get("rows[1].indicativeTimeline"));
        assertEquals("PLANNED", plan.get("rows[1].status"));
        assertEquals(Map.of("on", "2024-10-01", "percent", 60, "rag", "GREEN", "note", "Latest", "authorId", "officer-1"),
                plan.get("rows[1].latestProgress"));
        assertEquals("L", plan.get("rows[2].themeCode"));
    }

    @Test
    @AsPlanner
    void overdueMeansEndDatePassedAndNotDoneAsOfTheClock() {
        String cycle = given.cycle(Given.COUNCIL);
        String opp = given.opportunity(Given.COUNCIL, cycle, "CI011");
        String late = given.action(Given.COUNCIL, opp, List.of("officer-1"), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 14));
        String done = given.action(Given.COUNCIL, opp, List.of("officer-1"), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30));
        given.onAction(Given.COUNCIL, "officer-1", done, new ActionCommand.Complete(LocalDate.of(2024, 9, 30), "Delivered", TODAY, OFFICER));
        String endsToday = given.action(Given.COUNCIL, opp, List.of("officer-1"), LocalDate.of(2024, 7, 1), TODAY);

        given().get("/cycles/{c}/action-plan?overdue=true", cycle).then().statusCode(200)
                .body("rows.actionId", contains(late)).body("rows[0].overdue", equalTo(true));
        given().get("/actions/{id}", late).then().body("overdue", equalTo(true));
        given().get("/actions/{id}", endsToday).then().body("overdue", equalTo(false));

        TestClock.set(Instant.parse("2024-10-16T09:00:00Z"));
        given().get("/cycles/{c}/action-plan?overdue=true", cycle).then()
                .body("rows.actionId", hasSize(2)).body("today", equalTo("2024-10-16"));
        TestClock.set(Instant.parse("2024-10-01T09:00:00Z"));
        given().get("/cycles/{c}/action-plan?overdue=true", cycle).then().body("rows", hasSize(0));
        given().get("/cycles/{c}/action-plan?status=DONE", cycle).then().body("rows.actionId", contains(done));
    }

    @Test
    @AsAuditor
    void eachThemeCountsPlannedInProgressDoneAndOverdue() {
        Given.Opportunities opportunities = given.opportunities(Given.COUNCIL, "CI011", "L001");
        String ci = opportunities.on("CI011");
        given.action(Given.COUNCIL, ci, "officer-1");
        String started = given.action(Given.COUNCIL, ci, List.of("officer-1"), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 31));
        given.onAction(Given.COUNCIL, "officer-1", started, new ActionCommand.Start(LocalDate.of(2024, 7, 1), TODAY, OFFICER));
        String done = given.action(Given.COUNCIL, opportunities.on("L001"), "officer-1");
        given.onAction(Given.COUNCIL, "officer-1", done, new ActionCommand.Complete(TODAY, "Delivered", TODAY, OFFICER));

        JsonPath themes = given().get("/cycles/{c}/action-plan/themes", opportunities.cycle()).then().statusCode(200)
                .body("themes.themeCode", contains("CI", "L", "G")).extract().jsonPath();
        assertEquals(Map.of("themeCode", "CI", "themeTitle", "Continuous Improvement", "planned", 1, "inProgress", 1, "done", 0,
                "deferred", 0, "cancelled", 0, "overdue", 1, "total", 2), themes.get("themes[0]"));
        assertEquals(1, (int) themes.get("themes[1].done"));
        assertEquals(0, (int) themes.get("themes[2].total"));
    }

    @Test
    @TestSecurity(user = "officer-5", roles = "action-owner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void anOfficerSeesTheActionsTheyAreResponsibleFor() {
        String opp = given.opportunity(Given.COUNCIL, "CI012");
        String mine = given.action(Given.COUNCIL, opp, List.of("officer-5", "officer-6"), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 1));
        given.action(Given.COUNCIL, opp, "officer-6");
        given().get("/me/actions").then().statusCode(200).body("total", equalTo(1)).body("page", equalTo(0))
                .body("items.actionId", contains(mine)).body("items[0].characteristicCode", equalTo("CI012"))
                .body("items[0].opportunity", equalTo("Gap on CI012")).body("items[0].themeTitle", equalTo("Continuous Improvement"));
        given().get("/me/actions?overdue=true").then().body("items.actionId", contains(mine));
        given().get("/me/actions?status=DONE").then().body("items", hasSize(0)).body("total", equalTo(0));
        given().get("/me/actions?status=FINISHED").then().spec(problem(400, "invalid-status", "status"));
    }

    @Test
    @AsPlanner
    void anUnknownCycleIs404AndAnUnknownStatus400() {
        given().get("/cycles/{c}/action-plan", "no-such-cycle").then().spec(problem(404, "cycle-not-found", "cycleId"));
        given().get("/cycles/{c}/action-plan/themes", "no-such-cycle").then().spec(problem(404, "cycle-not-found", "cycleId"));
        String cycle = given.cycle(Given.COUNCIL);
        given().get("/cycles/{c}/action-plan?status=SOMETIME", cycle).then().spec(problem(400, "invalid-status", "status"));
    }

    @Test
    @AsOtherPlanner
    void anotherCouncilsCycleIsNotFound() {
        String cycle = given.cycle(Given.COUNCIL);
        given().get("/cycles/{c}/action-plan", cycle).then().spec(problem(404, "cycle-not-found"));
        given().get("/cycles/{c}/action-plan/themes", cycle).then().spec(problem(404, "cycle-not-found"));
        String own = given.cycle(Given.OTHER_COUNCIL);
        given().get("/cycles/{c}/action-plan", own).then().statusCode(200).body("rows", hasSize(0));
    }

    @Test
    void withoutATokenIs401() {
        given().get("/cycles/{c}/action-plan", "c").then().statusCode(401);
        given().get("/cycles/{c}/action-plan/themes", "c").then().statusCode(401);
        given().get("/me/actions").then().statusCode(401);
        given().post("/admin/projections/rebuild").then().statusCode(401);
    }

    @Test
    @AsPlanner
    void aPlannerCannotRebuildProjections() {
        given().post("/admin/projections/rebuild").then().spec(problem(403, "forbidden"));
    }

    @Test
    @AsAdmin
    void aCouncilsAdminRebuildsItsOwnCouncilsRowsAndTheyEqualTheLiveOnes() {
        String opp = given.opportunity(Given.COUNCIL, "L003");
        given.action(Given.COUNCIL, opp, "officer-1");
        given.action(Given.OTHER_COUNCIL, given.opportunity(Given.OTHER_COUNCIL, "L003"), "officer-9");
        String before = tables();
        given().post("/admin/projections/rebuild").then().statusCode(200)
                .body("councilId", org.hamcrest.Matchers.equalTo(Given.COUNCIL))
                .body("eventsReplayed", org.hamcrest.Matchers.greaterThan(1));
        assertEquals(before, tables(), "the rebuilt rows of the admin's council equal the live ones; the other council's are untouched");
    }

    @Test
    @AsOperator
    void rebuildingTheProjectionsFromTheEventsGivesTheSameTables() {
        String opp = given.opportunity(Given.COUNCIL, "L002");
        String a = given.action(Given.COUNCIL, opp, List.of("officer-1"), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 1));
        given.onAction(Given.COUNCIL, "officer-1", a, new ActionCommand.ReportProgress(TODAY, 30, Rag.RED, "Slipping", TODAY, OFFICER));
        given.onAction(Given.COUNCIL, "planner-1", a, new ActionCommand.LinkExternalReference("business-planning-tool", "IYA-9"));
        String before = tables();
        assertTrue(before.contains("IYA-9"), before);
        given().post("/admin/projections/rebuild").then().statusCode(200)
                .body("councilId", org.hamcrest.Matchers.nullValue())
                .body("eventsReplayed", org.hamcrest.Matchers.greaterThan(2));
        assertEquals(before, tables(), "the rebuilt opportunity and action rows equal the live ones");
    }

    // Every council's opportunity and action rows, as JSON lines in a stable order.
    private String tables() {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("opportunity_view", "action_view")) {
            pool.query("SELECT row_to_json(t)::text AS r FROM " + table + " t ORDER BY 1").execute()
                    .await().atMost(java.time.Duration.ofSeconds(30)).forEach(r -> out.append(r.getString("r")).append('\n'));
        }
        return out.toString();
    }

    @Test
    void theOpenApiDocumentNamesEveryEndpoint() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/cycles/{cycleId}/opportunities",
                        "/cycles/{cycleId}/action-plan", "/cycles/{cycleId}/action-plan/themes", "/opportunities/{opportunityId}",
                        "/opportunities/{opportunityId}/gap", "/opportunities/{opportunityId}/actions", "/actions/{actionId}",
                        "/actions/{actionId}/schedule", "/actions/{actionId}/start", "/actions/{actionId}/progress-reports",
                        "/actions/{actionId}/complete", "/actions/{actionId}/defer", "/actions/{actionId}/cancel",
                        "/actions/{actionId}/external-references", "/actions/{actionId}/history", "/me/actions",
                        "/admin/projections/rebuild"));
    }
}
