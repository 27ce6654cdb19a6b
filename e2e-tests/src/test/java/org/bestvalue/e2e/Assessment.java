package org.bestvalue.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Steps against the launched assessment-service that several tests (and later scenarios) need. */
public final class Assessment {
    private Assessment() {
    }

    /**
     * The id of a published framework version of the user's council: imports the demo frameworks (idempotent,
     * as {@code adminUser}) and answers the statutory version.
     */
    public static String demoFrameworkVersionId(String adminUser) {
        Response imported = given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token(adminUser))
                .when().post("/frameworks/import-demo");
        if (imported.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST /frameworks/import-demo as " + adminUser + ": " + imported.statusCode() + " " + imported.asString());
        }
        String id = imported.path("statutory.id");
        if (id == null) throw new IllegalStateException("POST /frameworks/import-demo answered no statutory.id: " + imported.asString());
        return id;
    }

    /**
     * Opens a cycle as {@code planner} in a year no other test uses (2030–2100, picked at random; a year the
     * council already has answers 409 and another is tried), and answers the created cycle's id.
     */
    public static UUID openScratchCycle(String planner, String frameworkVersionId) {
        for (int attempt = 0; attempt < 25; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2030, 2101);
            Response created = given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token(planner))
                    .contentType(ContentType.JSON)
                    .body("{\"year\": " + year + ", \"title\": \"End-to-end check " + year + "\", \"frameworkVersionId\": \""
                            + frameworkVersionId + "\"}")
                    .when().post("/cycles");
            if (created.statusCode() == 201) return UUID.fromString(created.path("id"));
            if (created.statusCode() != 409) {
                throw new IllegalStateException("POST /cycles as " + planner + ": " + created.statusCode() + " " + created.asString());
            }
        }
        throw new IllegalStateException("no free year between 2030 and 2100 for a scratch cycle");
    }
}
