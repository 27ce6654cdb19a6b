package org.bestvalue.action.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.bestvalue.action.actionplan.ActionEvent;
import org.bestvalue.action.opportunity.OpportunityEvent;
import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The contracts a subscriber reads are served without a token: the AsyncAPI document, the shared envelope, problem types. */
@QuarkusTest
class ContractDocumentsTests {

    @Test
    void theServedAsyncApiDocumentParsesAndDocumentsEveryEvent() {
        String yaml = given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        JsonNode doc = AsyncApiContract.parse(yaml);
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        AsyncApiContract.assertDocumentsEvery(doc, OpportunityEvent.class, ActionEvent.class);
    }

    @Test
    void theSharedCloudEventEnvelopeIsServedNextToIt() {
        JsonNode envelope = AsyncApiContract.parse(given().get("/cloudevent.yaml").then().statusCode(200).extract().asString());
        assertFalse(envelope.at("/components/schemas/CloudEvent/properties/correlationid").isMissingNode());
    }

    @Test
    void aProblemTypeOfThisServiceLinksToItsExplanation() {
        given().get("/problems/not-an-officer-of-the-action").then().statusCode(200)
                .body(containsString("only the action's officers"));
    }
}
