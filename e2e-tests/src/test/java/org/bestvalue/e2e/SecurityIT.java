package org.bestvalue.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Tokens, roles and councils as the launched services enforce them, with real Keycloak tokens. */
class SecurityIT {
    private static final String DEMO_BOROUGH = "demo-borough";
    /** Any id: the role and token checks come before the body is looked at. */
    private static final String SOME_FRAMEWORK_VERSION = UUID.randomUUID().toString();

    @Test
    void aRequestWithoutATokenIsRefusedWith401() {
        given().baseUri(Suite.assessment()).when().get("/frameworks").then().statusCode(401);
        given().baseUri(Suite.assessment()).contentType(ContentType.JSON)
                .body("{\"year\": 2031, \"title\": \"x\", \"frameworkVersionId\": \"" + SOME_FRAMEWORK_VERSION + "\"}")
                .when().post("/cycles").then().statusCode(401);
    }

    @Test
    void aTokenWithAForgedPayloadIsRefusedWith401() {
        String[] parts = Keycloak.token("reviewer-ci").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"reviewer\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        given().baseUri(Suite.assessment()).auth().oauth2(forged).when().post("/frameworks/import-demo").then().statusCode(401);
    }

    @Test
    void aValidTokenOfAnyCouncilRoleReadsTheFrameworks() {
        given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token("reviewer-pce"))
                .when().get("/frameworks").then().statusCode(200);
    }

    @Test
    void aUserWithoutTheRoleAnEndpointNamesIsRefusedWith403() {
        given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token("reviewer-ci"))
                .when().post("/frameworks/import-demo").then().statusCode(403);
        given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token("author")).contentType(ContentType.JSON)
                .body("{\"year\": 2031, \"title\": \"Not mine to open\", \"frameworkVersionId\": \"" + SOME_FRAMEWORK_VERSION + "\"}")
                .when().post("/cycles").then().statusCode(403);
    }

    @Test
    void anotherCouncilsCycleIsNotFoundAndLooksLikeOneThatDoesNotExist() {
        UUID cycle = Assessment.openScratchCycle("planner", Assessment.demoFrameworkVersionId("admin"));
        given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token("planner"))
                .when().get("/cycles/" + cycle).then().statusCode(200).body("id", equalTo(cycle.toString()));

        Response theirs = given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token("od-planner"))
                .when().get("/cycles/" + cycle);
        Response nobodys = given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token("od-planner"))
                .when().get("/cycles/" + UUID.randomUUID());
        assertEquals(404, theirs.statusCode(), theirs.asString());
        assertEquals(404, nobodys.statusCode(), nobodys.asString());
        assertEquals(nobodys.jsonPath().getString("title"), theirs.jsonPath().getString("title"), "no existence leak");
        assertFalse(theirs.asString().contains(DEMO_BOROUGH), "the answer names no other council");

        // The other council's list does not show it either.
        List<String> listed = given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token("od-planner"))
                .queryParam("size", 200).when().get("/cycles").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertFalse(listed.contains(cycle.toString()), "other-district lists demo-borough's cycle");
    }

    @Test
    void theSpaOriginMayCallAndAStrangerOriginMayNot() {
        given().baseUri(Suite.assessment()).header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/cycles")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        given().baseUri(Suite.assessment()).header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/cycles")
                .then().header("Access-Control-Allow-Origin", not(equalTo("http://evil.example")));
    }

    /**
     * Every operation that a service's OpenAPI document marks as secured answers 401 to a caller without a
     * token (path parameters filled with a random UUID). A service with no secured operation at all fails.
     */
    @TestFactory
    Stream<DynamicTest> everySecuredOperationOfEveryServiceRefusesAnAnonymousCaller() {
        return Suite.SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            String base = Suite.url(service);
            given().baseUri(base).when().get("/q/health/ready").then().statusCode(200);
            JsonNode openapi = new ObjectMapper().readTree(
                    given().baseUri(base).queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
            List<String> checked = new ArrayList<>();
            List<String> wrong = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    String method = op.getKey().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) continue;
                    JsonNode security = op.getValue().has("security") ? op.getValue().get("security") : openapi.path("security");
                    boolean secured = security.isArray() && !security.isEmpty()
                            && !(security.size() == 1 && security.get(0).isEmpty());
                    if (!secured) continue;
                    int status = given().baseUri(base).contentType(ContentType.JSON).body("{}")
                            .when().request(method, concrete).statusCode();
                    checked.add(method + " " + path.getKey());
                    if (status != 401) wrong.add(method + " " + path.getKey() + " -> " + status);
                }
            }
            assertEquals(List.of(), wrong, service + ": secured operations that answered an anonymous caller");
            assertNotEquals(0, checked.size(), service + " documents no secured operation (is @RolesAllowed on its endpoints?)");
        }));
    }
}
