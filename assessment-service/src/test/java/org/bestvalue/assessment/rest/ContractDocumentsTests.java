package org.bestvalue.assessment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.bestvalue.eventkit.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contracts the service serves: its OpenAPI document, its AsyncAPI document and the shared CloudEvent envelope. */
@QuarkusTest
class ContractDocumentsTests {

    @Test
    void theOpenApiDocumentListsTheEndpointsWithExamples() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("\"/frameworks/{id}/diff\""))
                .body(containsString("\"/frameworks/import-demo\""))
                .body(containsString("\"/cycles/{id}/carry-forward\""))
                .body(containsString("\"/cycles/{cycleId}/narratives/{code}/history\""))
                .body(containsString("\"/cycles/{cycleId}/narratives/{code}/mark-ready\""))
                .body(containsString("\"/cycles/{cycleId}/narratives/{code}/return-to-draft\""))
                .body(containsString("\"/cycles/{cycleId}/narratives/{code}/request-evidence\""))
                .body(containsString("\"/evidence/{id}/history\""))
                .body(containsString("\"/evidence/{id}/usage\""))
                .body(containsString("statutory-2024"))
                .body(containsString("READY_FOR_REVIEW"));
    }

    @Test
    void everyOperationHasAnAssessmentOperationIdAndEveryErrorTheProblemSchema() throws Exception {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode doc = new ObjectMapper().readTree(json);
        List<String> gaps = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int errors = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                String id = op.getValue().path("operationId").asText("");
                if (!id.startsWith("assessment")) gaps.add(where + ": operationId '" + id + "'");
                ids.add(id);
                for (Map.Entry<String, JsonNode> r : op.getValue().path("responses").properties()) {
                    if (!r.getKey().startsWith("4")) continue;
                    errors++;
                    String ref = r.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asText("");
                    if (!ref.endsWith("/Problem")) gaps.add(where + " " + r.getKey() + ": no Problem schema");
                }
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
        // Every error response shows an example problem body of each code its description names (none: it names no code).
        OpenApiContract.assertEveryErrorHasAnExample(doc);
        assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds are unique: " + ids);
        assertTrue(ids.contains("assessmentNarrativeMarkReady"), ids.toString());
        assertTrue(errors > 40, "the operations document their errors (" + errors + " found)");
        JsonNode history = doc.at("/paths/~1cycles~1{cycleId}~1narratives~1{code}~1history/get/responses");
        for (String status : List.of("200", "400", "401", "403", "404")) {
            assertFalse(history.path(status).isMissingNode(), "narrative history documents " + status + ": " + history);
        }
        assertFalse(doc.at("/paths/~1evidence/post/responses/401").isMissingNode(), "every operation documents 401");
        assertFalse(doc.at("/components/schemas/Problem").isMissingNode(), "the shared Problem schema");
        assertFalse(doc.at("/components/securitySchemes/keycloak").isMissingNode(), "the keycloak security scheme");
    }

    @Test
    void theAsyncApiDocumentAndTheSharedEnvelopeAreServedAndParse() {
        String asyncApi = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        JsonNode doc = AsyncApiContract.parse(asyncApi);
        assertTrue(doc.path("asyncapi").asText().startsWith("3."), "AsyncAPI 3");
        assertEquals("cloudevent.yaml#/components/schemas/CloudEvent",
                doc.at("/components/messages/CycleOpened/payload/allOf/0/$ref").asText());
        String envelope = given().when().get("/cloudevent.yaml").then().statusCode(200).extract().asString();
        assertFalse(AsyncApiContract.parse(envelope).at("/components/schemas/CloudEvent/properties/correlationid").isMissingNode());
    }

    @Test
    void theProblemTypesOfTheServiceAreExplainedAtTheirUri() {
        given().when().get("/problems/invalid-framework-file").then().statusCode(200).body(containsString("invalid-framework-file"));
        given().when().get("/problems/invalid-status-change").then().statusCode(200);
    }
}
