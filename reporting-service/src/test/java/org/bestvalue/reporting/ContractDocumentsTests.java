package org.bestvalue.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.bestvalue.eventkit.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The contracts the service serves: its AsyncAPI document, the shared envelope, and its OpenAPI document. */
@QuarkusTest
class ContractDocumentsTests {
    static final String PROBLEM = "#/components/schemas/Problem";

    @Test
    void theServedAsyncApiAndEnvelopeParse() {
        JsonNode asyncApi = AsyncApiContract.parse(given().get("/asyncapi.yaml").then().statusCode(200).extract().asString());
        assertThat(asyncApi.path("asyncapi").asText()).startsWith("3.");
        assertThat(asyncApi.at("/components/messages/ScoreModerated/payload/allOf/0/$ref").asText())
                .isEqualTo(AsyncApiContract.ENVELOPE_REF);
        JsonNode envelope = AsyncApiContract.parse(given().get("/cloudevent.yaml").then().statusCode(200).extract().asString());
        assertThat(envelope.at("/components/schemas/CloudEvent/properties/correlationid").isMissingNode()).isFalse();
    }

    @Test
    void everyOperationHasAReportingOperationIdItsResponsesAndTheProblemSchemaOnErrors() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        assertThat(doc.at("/components/securitySchemes/keycloak").isMissingNode()).isFalse();
        List<String> gaps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (var ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> e = ops.next();
                JsonNode op = e.getValue();
                String name = e.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                String id = op.path("operationId").asText();
                if (!id.startsWith("reporting")) gaps.add(name + ": operationId " + id);
                if (!ids.add(id)) gaps.add(name + ": operationId " + id + " twice");
                if (op.path("summary").asText().isBlank()) gaps.add(name + ": no summary");
                boolean success = false;
                for (var rs = op.path("responses").fields(); rs.hasNext(); ) {
                    var r = rs.next();
                    if (r.getKey().startsWith("2") && !r.getValue().path("content").isEmpty()) success = true;
                    if (r.getKey().startsWith("4") && !PROBLEM.equals(r.getValue()
                            .at("/content/application~1problem+json/schema/$ref").asText())) {
                        gaps.add(name + " " + r.getKey() + ": not the Problem schema");
                    }
                }
                if (!success) gaps.add(name + ": no documented success body");
                boolean reports = path.getKey().startsWith("/reports") || path.getKey().startsWith("/admin");
                if (reports && !op.has("responses") || reports && !op.path("responses").has("401")) gaps.add(name + ": no 401");
                if (reports && op.path("security").isEmpty()) gaps.add(name + ": no security requirement");
            }
        }
        assertThat(gaps).isEmpty();
        // Every error response shows an example problem body of each code its description names (none: it names no code).
        OpenApiContract.assertEveryErrorHasAnExample(doc);
        assertThat(operations).isGreaterThanOrEqualTo(15);
        JsonNode heatMap = doc.at("/paths/~1reports~1cycles~1{cycleId}~1heat-map/get/responses/200/content");
        assertThat(heatMap.fieldNames()).toIterable().contains("application/json", "image/svg+xml", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(heatMap.at("/application~1json/schema/$ref").asText()).endsWith("/HeatMap");
        assertThat(doc.at("/paths/~1reports~1cycles~1{cycleId}~1committee-pack/get/responses/200/content")
                .has("application/pdf")).isTrue();
        // A Response-returning operation names its body's schema (@APIResponseSchema) beside its own error responses.
        assertThat(doc.at("/paths/~1reports~1cycles~1{cycleId}~1agreement/get/responses/200/content/application~1json/schema/$ref")
                .asText()).endsWith("/CycleAgreement");
        assertThat(doc.at("/paths/~1benchmark~1sharing~1join/post/responses/200/content/application~1json/schema/$ref")
                .asText()).endsWith("/Consent");
        assertThat(doc.at("/paths/~1benchmark~1sharing~1join/post/responses/409/description").asText()).contains("already-sharing");
        assertThat(doc.at("/paths/~1admin~1projections~1rebuild/post/responses/202/content/application~1json/schema/$ref")
                .asText()).endsWith("/Status");
    }
}
