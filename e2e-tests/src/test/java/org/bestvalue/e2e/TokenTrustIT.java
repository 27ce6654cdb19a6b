package org.bestvalue.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the realm and the services trust, with the launched Keycloak: the web app's client refuses the password
 * grant, the services accept only tokens issued for the suite (audience {@code bestvalue-api}), and repeated
 * wrong passwords lock an account. Users and the client without the audience are throwaway ones created through
 * Keycloak's admin API (the launcher's admin; {@code -Dbv.keycloak.admin}, {@code -Dbv.keycloak.admin-password})
 * and deleted afterwards, so no demo login is ever locked.
 */
class TokenTrustIT {
    private static final String DEMO_BOROUGH = "demo-borough";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A read every council role may make, on each service. */
    private static final Map<String, String> EVERY_ROLE_READ = Map.of(
            "assessment-service", "/frameworks",
            "scoring-service", "/rounds",
            "action-service", "/me/actions",
            "reporting-service", "/reports/cycles");

    private static String admin;
    private static final List<String> createdUsers = new ArrayList<>();
    private static final List<String> createdClients = new ArrayList<>();

    @BeforeAll
    static void adminToken() {
        Response r = given().baseUri(Keycloak.baseUrl()).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", System.getProperty("bv.keycloak.admin", "admin"))
                .formParam("password", System.getProperty("bv.keycloak.admin-password", "admin"))
                .when().post("/realms/master/protocol/openid-connect/token");
        assertEquals(200, r.statusCode(), "Keycloak admin login: " + r.asString());
        admin = r.jsonPath().getString("access_token");
    }

    @AfterAll
    static void deleteWhatTheTestsCreated() {
        createdUsers.forEach(id -> adminApi().delete("/users/" + id));
        createdClients.forEach(id -> adminApi().delete("/clients/" + id));
    }

    @Test
    void theWebAppClientRefusesThePasswordGrant() {
        String password = UUID.randomUUID().toString();
        String user = createUser("auditor", password);
        HttpResponse<String> refused = Keycloak.rawGrant(Map.of("grant_type", "password", "client_id", Keycloak.SPA_CLIENT,
                "username", user, "password", password));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("unauthorized_client"), refused.body());

        HttpResponse<String> scripts = Keycloak.rawGrant(Map.of("grant_type", "password", "client_id", Keycloak.SCRIPTS_CLIENT,
                "username", user, "password", password));
        assertEquals(200, scripts.statusCode(), "the scripts client keeps the password grant: " + scripts.body());
    }

    @Test
    void everyClientOfTheSuiteIssuesTokensForTheApiAudience() {
        assertTrue(audiences(Keycloak.token("auditor")).contains(Keycloak.API_AUDIENCE), "bv-scripts user token");
        assertTrue(audiences(Keycloak.clientToken("bv-service", "bv-service-demo-secret")).contains(Keycloak.API_AUDIENCE),
                "bv-service client-credentials token");
        for (JsonNode client : DemoRealm.json().path("clients")) {
            String id = client.path("clientId").asText();
            boolean mapped = false;
            for (JsonNode m : client.path("protocolMappers")) {
                mapped |= "oidc-audience-mapper".equals(m.path("protocolMapper").asText())
                        && Keycloak.API_AUDIENCE.equals(m.path("config").path("included.custom.audience").asText());
            }
            assertTrue(mapped, id + " adds the audience " + Keycloak.API_AUDIENCE);
        }
    }

    @Test
    void aTokenWithoutTheApiAudienceIsRefusedWith401ByEveryService() {
        String password = UUID.randomUUID().toString();
        String user = createUser("auditor", password);
        String client = createClientWithoutTheAudience();

        String foreign = bearer(Keycloak.rawGrant(Map.of("grant_type", "password", "client_id", client,
                "username", user, "password", password, "scope", "openid")));
        JsonNode claims = Keycloak.claims(foreign);
        assertEquals(Keycloak.issuer(), claims.path("iss").asText(), "same realm, same issuer");
        assertEquals(DEMO_BOROUGH, claims.path("council").asText(), "same council claim");
        assertFalse(audiences(foreign).contains(Keycloak.API_AUDIENCE), "no API audience: " + claims.path("aud"));

        String ours = bearer(Keycloak.rawGrant(Map.of("grant_type", "password", "client_id", Keycloak.SCRIPTS_CLIENT,
                "username", user, "password", password, "scope", "openid")));
        EVERY_ROLE_READ.forEach((service, path) -> {
            given().baseUri(Suite.url(service)).auth().oauth2(ours).when().get(path).then().statusCode(200);
            Response refused = given().baseUri(Suite.url(service)).auth().oauth2(foreign).when().get(path);
            assertEquals(401, refused.statusCode(), service + " " + path + ": " + refused.asString());
        });
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountUntilTheWaitIsOver() {
        String password = UUID.randomUUID().toString();
        String user = createUser("auditor", password);
        String userId = createdUsers.get(createdUsers.size() - 1);
        int failureFactor = DemoRealm.json().path("failureFactor").asInt();
        assertTrue(DemoRealm.json().path("bruteForceProtected").asBoolean(), "brute-force detection on");
        assertTrue(failureFactor > 0, "failureFactor in the realm");

        for (int i = 0; i < failureFactor; i++) {
            HttpResponse<String> wrong = Keycloak.rawGrant(Map.of("grant_type", "password", "client_id", Keycloak.SCRIPTS_CLIENT,
                    "username", user, "password", "wrong-" + i));
            assertNotEquals(200, wrong.statusCode(), wrong.body());
        }
        HttpResponse<String> right = Keycloak.rawGrant(Map.of("grant_type", "password", "client_id", Keycloak.SCRIPTS_CLIENT,
                "username", user, "password", password));
        assertNotEquals(200, right.statusCode(), "the right password is refused while the account is locked: " + right.body());

        JsonNode status = json(adminApi().when().get("/attack-detection/brute-force/users/" + userId)
                .then().statusCode(200).extract().asString());
        assertTrue(status.path("disabled").asBoolean(), "Keycloak reports the account locked: " + status);
        assertTrue(status.path("numFailures").asInt() >= 1, "failures counted: " + status);
    }

    @Test
    void theProductionRealmHasNoDemoLoginsSecretsOrPasswordGrantAndKeycloakImportsIt() throws IOException {
        JsonNode prod = JSON.readTree(DemoRealm.file().resolveSibling("bestvalue-realm.production.json").toFile());
        for (JsonNode u : prod.path("users")) {
            // Only the service account of bv-service, which may read users (the people directory) and nothing else.
            assertEquals("bv-service", u.path("serviceAccountClientId").asText(), "no demo users: " + u.path("username").asText());
            assertEquals("[\"view-users\"]", u.path("clientRoles").path("realm-management").toString());
            assertTrue(u.path("realmRoles").isMissingNode() || u.path("realmRoles").isEmpty(), "the service account has no realm role");
        }
        assertTrue(prod.path("bruteForceProtected").asBoolean(), "brute-force detection on");
        assertTrue(prod.path("accessTokenLifespan").asInt() <= 300, "short-lived access tokens");
        Set<String> clients = new HashSet<>();
        for (JsonNode c : prod.path("clients")) {
            String id = c.path("clientId").asText();
            clients.add(id);
            assertTrue(c.path("secret").isMissingNode(), id + " carries no secret: the operator sets it");
            assertFalse(c.path("directAccessGrantsEnabled").asBoolean(), id + ": no password grant");
            assertFalse(c.path("implicitFlowEnabled").asBoolean(), id + ": no implicit flow");
            boolean audience = false;
            for (JsonNode m : c.path("protocolMappers")) {
                audience |= Keycloak.API_AUDIENCE.equals(m.path("config").path("included.custom.audience").asText());
            }
            assertTrue(audience, id + " adds the audience " + Keycloak.API_AUDIENCE);
            c.path("redirectUris").forEach(u -> assertTrue(u.asText().startsWith("https://"), id + " redirect " + u));
        }
        assertEquals(Set.of(Keycloak.SPA_CLIENT, "bv-service"), clients, "only the web app and the service client");
        JsonNode spa = null;
        for (JsonNode c : prod.path("clients")) if (Keycloak.SPA_CLIENT.equals(c.path("clientId").asText())) spa = c;
        assertEquals("S256", spa.path("attributes").path("pkce.code.challenge.method").asText(), "PKCE S256");
        assertTrue(spa.path("publicClient").asBoolean() && spa.path("standardFlowEnabled").asBoolean(), "public, code flow");

        // Keycloak itself accepts the file: imported as a scratch realm, then removed.
        String scratch = "production-check-" + UUID.randomUUID().toString().substring(0, 8);
        var copy = (com.fasterxml.jackson.databind.node.ObjectNode) prod;
        copy.put("id", scratch).put("realm", scratch).put("enabled", false);
        Response imported = given().baseUri(Keycloak.baseUrl()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(copy)).when().post("/admin/realms");
        try {
            assertEquals(201, imported.statusCode(), imported.asString());
            Response spaClient = given().baseUri(Keycloak.baseUrl()).auth().oauth2(admin)
                    .queryParam("clientId", Keycloak.SPA_CLIENT).when().get("/admin/realms/" + scratch + "/clients");
            assertEquals(200, spaClient.statusCode(), spaClient.asString());
            assertEquals(Boolean.FALSE, spaClient.jsonPath().getBoolean("[0].directAccessGrantsEnabled"));
        } finally {
            given().baseUri(Keycloak.baseUrl()).auth().oauth2(admin).when().delete("/admin/realms/" + scratch);
        }
    }

    private static Set<String> audiences(String token) {
        JsonNode aud = Keycloak.claims(token).path("aud");
        Set<String> out = new HashSet<>();
        if (aud.isArray()) aud.forEach(a -> out.add(a.asText()));
        else if (!aud.isMissingNode()) out.add(aud.asText());
        return out;
    }

    private static String bearer(HttpResponse<String> grant) {
        assertEquals(200, grant.statusCode(), grant.body());
        return json(grant.body()).path("access_token").asText();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static RequestSpecification adminApi() {
        return given().baseUri(Keycloak.baseUrl()).basePath("/admin/realms/" + Keycloak.REALM).auth().oauth2(admin);
    }

    /** A throwaway user of the demo council with one realm role; its username. */
    private static String createUser(String role, String password) {
        String username = "trust-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = adminApi().contentType(ContentType.JSON).body(Map.of(
                        "username", username, "enabled", true, "emailVerified", true,
                        "firstName", "Throwaway", "lastName", "Tester", "email", username + "@demo-borough.example.org",
                        "attributes", Map.of("council", List.of(DEMO_BOROUGH)),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .when().post("/users");
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.header("Location").replaceAll(".*/", "");
        createdUsers.add(id);
        Object roleRep = adminApi().when().get("/roles/" + role).then().statusCode(200).extract().as(Map.class);
        adminApi().contentType(ContentType.JSON).body(List.of(roleRep))
                .when().post("/users/" + id + "/role-mappings/realm").then().statusCode(204);
        return username;
    }

    /** A public client of the same realm with the password grant and the council claim, but no API audience. */
    private static String createClientWithoutTheAudience() {
        String clientId = "trust-no-audience-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode council = null;
        for (JsonNode c : DemoRealm.json().path("clients")) {
            for (JsonNode m : c.path("protocolMappers")) if ("council".equals(m.path("name").asText())) council = m;
        }
        Response created = adminApi().contentType(ContentType.JSON).body(Map.of(
                        "clientId", clientId, "enabled", true, "publicClient", true, "protocol", "openid-connect",
                        "standardFlowEnabled", false, "directAccessGrantsEnabled", true,
                        "protocolMappers", List.of(council)))
                .when().post("/clients");
        assertEquals(201, created.statusCode(), created.asString());
        createdClients.add(created.header("Location").replaceAll(".*/", ""));
        return clientId;
    }
}
