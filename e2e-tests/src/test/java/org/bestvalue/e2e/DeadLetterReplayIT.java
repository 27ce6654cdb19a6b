package org.bestvalue.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The operator replays each consuming service's dead letters with a real token; no council's admin can. */
class DeadLetterReplayIT {

    @Test
    void theOperatorReplaysEveryConsumingServicesDeadLettersAndACouncilAdminCannot() {
        for (String service : List.of("scoring-service", "action-service", "reporting-service")) {
            String dlq = "bv." + service.replace("-service", "") + ".dlq";
            RestAssured.given().baseUri(Suite.url(service)).auth().oauth2(Keycloak.token("operator"))
                    .when().post("/admin/dead-letters/replay").then().statusCode(200)
                    .body("deadLetterTopic", equalTo(dlq)).body("read", notNullValue());
            RestAssured.given().baseUri(Suite.url(service)).auth().oauth2(Keycloak.token("admin"))
                    .when().post("/admin/dead-letters/replay").then().statusCode(403);
        }
        // A service that consumes nothing has no dead letters.
        RestAssured.given().baseUri(Suite.assessment()).auth().oauth2(Keycloak.token("operator"))
                .when().post("/admin/dead-letters/replay").then().statusCode(404);
    }
}
