package org.bestvalue.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class EdgeRoutingTests {

    @Test
    void eachApiPrefixReachesItsServiceWithThePrefixStripped() {
        for (String service : new String[] {"assessment", "scoring", "action", "reporting"}) {
            given().get("/api/" + service + "/cycles/c-1?page=2&size=10")
                    .then().statusCode(200)
                    .body("service", equalTo(service))
                    .body("path", equalTo("/cycles/c-1"))
                    .body("query", equalTo("page=2&size=10"));
        }
    }

    @Test
    void requestHeadersTheApisNeedArePassedOnAndTheEdgesCookiesAreNot() {
        Map<String, String> passedOn = Map.of("Authorization", "Bearer abc", "If-Match", "\"3\"", "If-None-Match", "\"4\"",
                "Idempotency-Key", "k-1", "X-Correlation-Id", "corr-1", "Accept", "text/csv");
        ValidatableResponse echoed = given().headers(passedOn)
                .header("Cookie", "session=secret")
                .contentType("application/json").body("{\"text\":\"hello\"}")
                .put("/api/assessment/cycles/c-1/narratives/CI001")
                .then().statusCode(200)
                .body("method", equalTo("PUT"))
                .body("body", equalTo("{\"text\":\"hello\"}"))
                .body("headers", not(org.hamcrest.Matchers.hasKey("cookie")));
        passedOn.forEach((name, value) -> echoed.body("headers." + name.toLowerCase(Locale.ROOT), equalTo(value)));
    }

    @Test
    void responseHeadersComeBackAndLocationNamesTheResourceUnderTheEdge() {
        given().header("X-Correlation-Id", "corr-2").post("/api/scoring/rounds")
                .then().statusCode(201)
                .header("ETag", "\"7\"")
                .header("Content-Disposition", "attachment; filename=\"heat-map.csv\"")
                .header("X-Correlation-Id", "corr-2")
                .header("Location", "/api/scoring/rounds/new-id");
    }

    @Test
    void problemTypesAreAnsweredByTheAssessmentService() {
        given().get("/problems/stale-version").then().statusCode(200)
                .body("service", equalTo("assessment"))
                .body("path", equalTo("/problems/stale-version"));
    }

    @Test
    void anUnknownApiIsNotFoundAsProblemJsonNotTheApp() {
        given().get("/api/payroll/people").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void theAppIsServedAndEveryOtherPathFallsBackToItsIndexPage() {
        given().get("/").then().statusCode(200).body(containsString("<div id=app>"));
        given().get("/characteristics/CI010").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("<div id=app>"));
        given().get("/static/app-abc123.js").then().statusCode(200)
                .header("Cache-Control", containsString("immutable"))
                .body(containsString("console.log"));
    }

    @Test
    void healthIsQuarkusOwnNotTheApp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
