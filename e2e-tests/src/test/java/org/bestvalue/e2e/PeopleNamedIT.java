package org.bestvalue.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People are named from the real Keycloak: each service's directory reads the realm's users with its own service
 * account (view-users only), so the demo's action plan names every officer with the job title the realm gives them.
 */
class PeopleNamedIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDemoActionPlanNamesEveryOfficerWithTheirJobTitleFromTheRealm() throws Exception {
        Map<String, JsonNode> realm = new HashMap<>();
        // People of the realm (its service account has no fixed id and is no one's officer).
        DemoRealm.json().path("users").forEach(u -> {
            if (!u.path("id").asText().isBlank()) realm.put(u.path("id").asText(), u);
        });
        String token = Keycloak.token("planner");
        JsonNode cycles = JSON.readTree(given().auth().oauth2(token).get(Suite.url("reporting-service") + "/reports/cycles")
                .then().statusCode(200).extract().asString());
        String cycle2024 = null;
        for (JsonNode c : cycles.path("items")) if (c.path("year").asInt() == 2024) cycle2024 = c.path("cycleId").asText();
        assertTrue(cycle2024 != null, "the demo's 2024 cycle is loaded");

        JsonNode plan = JSON.readTree(given().auth().oauth2(token).get(Suite.url("reporting-service") + "/reports/cycles/"
                + cycle2024 + "/action-plan").then().statusCode(200).extract().asString());
        int named = 0;
        for (JsonNode o : plan.path("opportunities")) {
            for (JsonNode a : o.path("actions")) {
                for (JsonNode p : a.path("officerPeople")) {
                    JsonNode user = realm.get(p.path("id").asText());
                    assertTrue(user != null, "an officer of the demo realm: " + p);
                    assertEquals(user.path("firstName").asText() + " " + user.path("lastName").asText(), p.path("name").asText());
                    assertEquals(user.path("attributes").path("jobTitle").get(0).asText(), p.path("jobTitle").asText());
                    assertFalse(p.path("former").asBoolean());
                    named++;
                }
            }
        }
        assertTrue(named > 0, "the demo plan has officers, each named");

        // The committee pack's action plan pages: names and job titles, no user id of anyone in the realm.
        byte[] pdf = given().auth().oauth2(token).accept("application/pdf")
                .get(Suite.url("reporting-service") + "/reports/cycles/" + cycle2024 + "/committee-pack").then().statusCode(200)
                .extract().asByteArray();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        try {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) text.append(extractor.getTextFromPage(p)).append('\n');
        } finally {
            reader.close();
        }
        // Narrow table columns wrap names and ids over lines: compare without the white space.
        String compact = text.toString().replaceAll("\\s+", "");
        for (String id : realm.keySet()) assertFalse(compact.contains(id), "the committee pack prints the user id " + id);
        assertTrue(compact.contains("FinanceManager"), "the finance officer is named with their job title");
        String flat = text.toString().replaceAll("\\s+", " ");
        int at = Math.max(0, flat.indexOf("Finance"));
        System.out.println("Committee pack, action plan excerpt: " + flat.substring(Math.max(0, at - 250), Math.min(flat.length(), at + 80)));

        JsonNode mine = JSON.readTree(given().auth().oauth2(Keycloak.token("action-owner-finance"))
                .get(Suite.url("action-service") + "/me/actions").then().statusCode(200).extract().asString());
        JsonNode first = mine.path("items").get(0);
        assertTrue(first != null, "the finance officer owns actions in the demo");
        assertEquals("Finance Manager", first.path("officerPeople").get(0).path("jobTitle").asText());
    }
}
