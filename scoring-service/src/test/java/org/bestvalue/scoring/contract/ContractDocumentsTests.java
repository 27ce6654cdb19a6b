package org.bestvalue.scoring.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.bestvalue.scoring.round.ScoringRoundEvent;
import org.bestvalue.scoring.score.ScoreEvent;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The service serves its AsyncAPI document and the shared CloudEvent envelope it references, without a token. */
@QuarkusTest
class ContractDocumentsTests {
    @Test
    void theServedAsyncApiDocumentsEveryEventAndTheEnvelopeIsServedBesideIt() {
        String asyncApi = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        AsyncApiContract.assertDocumentsEvery(AsyncApiContract.parse(asyncApi), ScoringRoundEvent.class, ScoreEvent.class);
        String envelope = given().when().get("/cloudevent.yaml").then().statusCode(200).extract().asString();
        JsonNode cloudEvent = AsyncApiContract.parse(envelope).at("/components/schemas/CloudEvent");
        assertFalse(cloudEvent.path("properties").path("correlationid").isMissingNode(), envelope);
    }
}
