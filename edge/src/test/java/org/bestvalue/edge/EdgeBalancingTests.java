package org.bestvalue.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several instances behind one /api/<service>: round robin, and an instance that refuses connections costs no request. */
@QuarkusTest
@QuarkusTestResource(value = FakeInstances.class, restrictToAnnotatedClass = true)
class EdgeBalancingTests {

    private Map<String, Integer> served(String method, int requests) {
        Map<String, Integer> byInstance = new HashMap<>();
        for (int i = 0; i < requests; i++) {
            String body = "{\"n\":" + i + "}";
            JsonPath answer = given().contentType("application/json").body(body).request(method, "/api/scoring/rounds")
                    .then().statusCode("POST".equals(method) ? 201 : 200).extract().jsonPath();
            assertEquals(body, answer.getString("body"), "the request reached an instance whole");
            byInstance.merge(answer.getString("instance"), 1, Integer::sum);
        }
        return byInstance;
    }

    @Test
    void readsAreSpreadOverTheLiveInstancesAndTheDeadOneCostsNoRequest() {
        Map<String, Integer> byInstance = served("GET", 12);
        assertEquals(12, byInstance.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(byInstance.getOrDefault("a", 0) >= 3 && byInstance.getOrDefault("b", 0) >= 3, "both live instances serve: " + byInstance);
    }

    @Test
    void aWriteThatMeetsTheDeadInstanceIsSentWholeToTheNext() {
        // A refused connection means nothing reached that instance: retrying a POST elsewhere is safe.
        Map<String, Integer> byInstance = served("POST", 6);
        assertEquals(6, byInstance.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aServiceWithNoLiveInstanceAnswersBadGateway() {
        given().get("/api/action/actions").then().statusCode(502);
    }
}
