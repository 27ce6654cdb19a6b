package org.bestvalue.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/** The operator verifies each service's event store with a real token (the launched suite's is untouched); no council's admin can. */
class EventStoreVerificationIT {

    @Test
    void theOperatorFindsEveryServicesEventStoreIntactAndACouncilAdminCannotAsk() {
        for (String service : List.of("assessment-service", "scoring-service", "action-service", "reporting-service")) {
            RestAssured.given().baseUri(Suite.url(service)).auth().oauth2(Keycloak.token("operator"))
                    .when().get("/admin/event-store/verification").then().statusCode(200)
                    .body("intact", equalTo(true)).body("brokenStreams", equalTo(0))
                    .body("events", greaterThanOrEqualTo(0)).body("tookMillis", notNullValue());
            RestAssured.given().baseUri(Suite.url(service)).auth().oauth2(Keycloak.token("admin"))
                    .when().get("/admin/event-store/verification").then().statusCode(403);
        }
    }
}
