package org.bestvalue.action.rest;

import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.bestvalue.action.Given;
import org.bestvalue.action.actionplan.ActionCommand;
import org.bestvalue.eventkit.testing.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite's HTTP conventions as this service answers them: page envelopes, bad paging, conditional reads, OpenAPI. */
@QuarkusTest
class ApiConventionsTests {
    @Inject
    Given given;
    @Inject
    ObjectMapper mapper;

    @Test
    @AsAuditor
    void theOpportunitiesOfACycleArePagedInFrameworkOrderAndFilteredByThemeAndStatus() {
        Given.Opportunities opportunities = given.opportunities(Given.COUNCIL, "L001", "CI011", "CI010");
        String cycle = opportunities.cycle();
        String action = given.action(Given.COUNCIL, opportunities.on("L001"), "officer-1");
        given.onAction(Given.COUNCIL, "planner-1", action, new ActionCommand.Cancel("Superseded"));

        given().get("/cycles/{c}/opportunities?size=2", cycle).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3))
                .body("items.characteristicCode", contains("CI010", "CI011"));
        given().get("/cycles/{c}/opportunities?size=2&page=1", cycle).then()
                .body("items.characteristicCode", contains("L001")).body("items[0].actions", equalTo(1));
        given().get("/cycles/{c}/opportunities?page=5", cycle).then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(3));
        given().get("/cycles/{c}/opportunities?sort=-code", cycle).then().body("items.characteristicCode", contains("L001", "CI011", "CI010"));
        given().get("/cycles/{c}/opportunities?theme=CI", cycle).then().body("items.characteristicCode", contains("CI010", "CI011"))
                .body("total", equalTo(2));
        given().get("/cycles/{c}/opportunities?status=CANCELLED", cycle).then().body("items.characteristicCode", contains("L001"));
        given().get("/cycles/{c}/opportunities?status=SOMETIME", cycle).then().spec(problem(400, "invalid-status", "status"));
    }

    @ParameterizedTest
    @CsvSource({"page=-1,page", "page=x,page", "size=0,size", "size=201,size", "sort=gap,sort", "sort=-owner,sort"})
    @AsAuditor
    void badPagingOnEveryListIs400NamingTheParameter(String query, String field) {
        String cycle = given.cycle(Given.COUNCIL);
        String action = given.action(Given.COUNCIL, given.opportunity(Given.COUNCIL, cycle, "G001"), "auditor-1");
        for (String path : List.of("/cycles/" + cycle + "/opportunities", "/me/actions", "/actions/" + action + "/history")) {
            given().get(path + "?" + query).then().spec(problem(400, "invalid-parameter", field));
        }
    }

    @Test
    @TestSecurity(user = "officer-8", roles = "action-owner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void myActionsArePagedSoonestEndFirst() {
        String opp = given.opportunity(Given.COUNCIL, "L002");
        String open = given.action(Given.COUNCIL, opp, "officer-8");
        String late = given.action(Given.COUNCIL, opp, List.of("officer-8"), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 1));
        String soon = given.action(Given.COUNCIL, opp, List.of("officer-8"), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 11, 1));
        given().get("/me/actions").then().statusCode(200).body("total", equalTo(3)).body("size", equalTo(50))
                .body("items.actionId", contains(soon, late, open));
        given().get("/me/actions?size=1&page=1").then().body("items.actionId", contains(late)).body("total", equalTo(3));
        given().get("/me/actions?sort=-end").then().body("items.actionId", contains(open, late, soon));
    }

    @Test
    @AsPlanner
    void anOpportunityAndTheActionPlanAreNotModifiedUntilTheyChange() {
        String cycle = given.cycle(Given.COUNCIL);
        String opp = given.opportunity(Given.COUNCIL, cycle, "CI012");
        String oppTag = given().get("/opportunities/{id}", opp).then().statusCode(200).header("ETag", "\"1\"").extract().header("ETag");
        given().header("If-None-Match", oppTag).get("/opportunities/{id}", opp).then().statusCode(304).body(emptyString());

        String planTag = given().get("/cycles/{c}/action-plan", cycle).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", planTag).get("/cycles/{c}/action-plan", cycle).then().statusCode(304);
        String themesTag = given().get("/cycles/{c}/action-plan/themes", cycle).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", themesTag).get("/cycles/{c}/action-plan/themes", cycle).then().statusCode(304);

        given.action(Given.COUNCIL, opp, "officer-1");
        given().header("If-None-Match", planTag).get("/cycles/{c}/action-plan", cycle).then().statusCode(200)
                .body("rows", hasSize(1)).body("rows[0].actionId", org.hamcrest.Matchers.notNullValue());
        given().header("If-None-Match", themesTag).get("/cycles/{c}/action-plan/themes", cycle).then().statusCode(200);
    }

    @Test
    @AsPlanner
    void theActionPlanFiltersByThemeAndOfficer() {
        Given.Opportunities opportunities = given.opportunities(Given.COUNCIL, "CI011", "G001");
        String cycle = opportunities.cycle();
        String ci = opportunities.on("CI011");
        String mine = given.action(Given.COUNCIL, ci, "officer-3", "officer-4");
        given.action(Given.COUNCIL, ci, "officer-4");
        given.action(Given.COUNCIL, opportunities.on("G001"), "officer-3");
        given().get("/cycles/{c}/action-plan?theme=G", cycle).then().statusCode(200)
                .body("rows.characteristicCode", contains("G001")).body("rows[0].themeTitle", equalTo("Governance"));
        given().get("/cycles/{c}/action-plan?theme=CI&officer=officer-3", cycle).then().body("rows.actionId", contains(mine));
        given().get("/cycles/{c}/action-plan?officer=nobody", cycle).then().body("rows", hasSize(0));
    }

    @Test
    @TestSecurity(user = "visitor-1", roles = "visitor")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void readsAreOpenToEveryRoleOfTheRealmButNoOther() {
        String cycle = given.cycle(Given.COUNCIL);
        String opp = given.opportunity(Given.COUNCIL, cycle, "G001");
        String action = given.action(Given.COUNCIL, opp, "visitor-1");
        for (String path : List.of("/cycles/" + cycle + "/opportunities", "/cycles/" + cycle + "/action-plan",
                "/cycles/" + cycle + "/action-plan/themes", "/opportunities/" + opp, "/actions/" + action,
                "/actions/" + action + "/history", "/me/actions")) {
            given().get(path).then().spec(problem(403, "forbidden"));
        }
    }

    @Test
    void theOpenApiDocumentNamesEveryOperationAfterTheServiceAndEveryErrorIsAProblem() throws Exception {
        JsonNode doc = mapper.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        assertFalse(doc.at("/components/securitySchemes/keycloak").isMissingNode(), "the keycloak security scheme");
        assertFalse(doc.at("/components/schemas/Problem").isMissingNode(), "the shared Problem schema");
        List<String> wrong = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().has("responses")) continue;
                String id = op.getValue().path("operationId").asText();
                ids.add(id);
                if (!id.startsWith("action")) wrong.add(op.getKey() + " " + path.getKey() + ": operationId " + id);
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.getValue().path("responses").fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    if (r.getKey().startsWith("4") && !"#/components/schemas/Problem".equals(
                            r.getValue().at("/content/application~1problem+json/schema/$ref").asText())) {
                        wrong.add(op.getKey() + " " + path.getKey() + " " + r.getKey() + ": not a Problem");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        // Every error response shows an example problem body of each code its description names (none: it names no code).
        OpenApiContract.assertEveryErrorHasAnExample(doc);
        assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds are unique: " + ids);
        assertTrue(ids.contains("actionActionCancel"), "e.g. actionActionCancel: " + ids);
        JsonNode readers = doc.at("/paths/~1actions~1{actionId}/get/security/0/keycloak");
        assertTrue(readers.toString().contains("\"auditor\"") && !readers.toString().contains("${"), "every role by name: " + readers);
        assertFalse(doc.at("/paths/~1actions~1{actionId}/get/responses/304").isMissingNode(), "a conditional read documents its 304");
        assertTrue(doc.at("/paths/~1me~1actions/get/parameters").toString().contains("IN_PROGRESS"), "the status filter's values");
    }
}
