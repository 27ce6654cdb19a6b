package org.bestvalue.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The OpenAPI document lists every endpoint, with the examples a council's developers start from. */
@QuarkusTest
class ContractDocumentsTests {

    @Test
    void theOpenApiDocumentListsTheEndpointsWithExamples() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("\"/frameworks/{id}/diff\""))
                .body(containsString("\"/frameworks/demo\""))
                .body(containsString("\"/cycles/{id}/carry-forward\""))
                .body(containsString("\"/cycles/{cycleId}/narratives/{code}/revisions\""))
                .body(containsString("\"/evidence/{id}/usage\""))
                .body(containsString("statutory-2024"))
                .body(containsString("READY_FOR_REVIEW"));
    }
}
