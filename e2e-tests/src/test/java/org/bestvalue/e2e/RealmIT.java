package org.bestvalue.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launched Keycloak gives every demo user a token that carries what the services rely on. */
class RealmIT {

    @TestFactory
    Stream<DynamicTest> everyDemoLoginGivesATokenWithItsFixedIdCouncilAndRoles() {
        return DemoRealm.users().stream().map(user -> DynamicTest.dynamicTest(user.username(), () -> {
            JsonNode claims = Keycloak.claims(Keycloak.token(user.username()));
            assertEquals(user.id(), claims.path("sub").asText(), "sub is the user's fixed id");
            assertEquals(user.council(), claims.path("council").asText(), "council claim");
            assertEquals(Keycloak.issuer(), claims.path("iss").asText(), "issuer");
            Set<String> roles = new HashSet<>();
            claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
            assertTrue(roles.containsAll(user.roles()), "realm_access.roles " + roles + " holds " + user.roles());
        }));
    }

    @Test
    void theDemoCastCoversEveryRoleInBothCouncils() {
        Set<String> all = Set.of("planner", "author", "reviewer", "moderator", "leadership", "action-owner", "auditor", "admin");
        for (String council : Set.of("demo-borough", "other-district")) {
            Set<String> covered = new HashSet<>();
            DemoRealm.users().stream().filter(u -> u.council().equals(council)).forEach(u -> covered.addAll(u.roles()));
            assertEquals(all, covered, council);
        }
        long themeReviewers = DemoRealm.users().stream()
                .filter(u -> u.council().equals("demo-borough") && u.roles().contains("reviewer")).count();
        assertEquals(7, themeReviewers, "one reviewer per theme");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        var response = Keycloak.rawGrant(Map.of("grant_type", "password", "client_id", Keycloak.SCRIPTS_CLIENT,
                "username", "planner", "password", "not-the-password"));
        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void theServiceClientGetsAClientCredentialsToken() {
        JsonNode claims = Keycloak.claims(Keycloak.clientToken("bv-service", "bv-service-demo-secret"));
        assertEquals("bv-service", claims.path("azp").asText());
        assertFalse(claims.path("sub").asText().isBlank());
    }
}
