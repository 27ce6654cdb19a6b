package org.bestvalue.eventkit.http;

import io.quarkus.test.junit.QuarkusTest;
import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conventions of docs/api-conventions.md as the kit implements them, over real HTTP. */
@QuarkusTest
class HttpConventionsTests {

    @Test
    void listsAnswerThePageEnvelopeSortedAndCut() {
        given().queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-year,title")
                .when().get("/shelf").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(5))
                .body("items.title", equalTo(java.util.List.of("Gamma", "Beta")));
    }

    @Test
    void badPagingParametersAre400NamingTheParameter() {
        given().queryParam("page", -1).when().get("/shelf").then().spec(problem(400, "invalid-parameter", "page"));
        given().queryParam("size", PageRequest.MAX_SIZE + 1).when().get("/shelf").then().spec(problem(400, "invalid-parameter", "size"));
        given().queryParam("size", "ten").when().get("/shelf").then().spec(problem(400, "invalid-parameter", "size"));
        given().queryParam("sort", "price").when().get("/shelf").then().spec(problem(400, "invalid-parameter", "sort"))
                .body("detail", containsString("title, year"));
    }

    @Test
    void aNulCharacterInThePathOrAQueryParameterIs400NamingWhereNot500() {
        given().urlEncodingEnabled(false).when().get("/shelf/Al%00pha").then().spec(problem(400, "bad-request", "path"));
        given().urlEncodingEnabled(false).when().get("/shelf?sort=title%00").then().spec(problem(400, "bad-request", "sort"));
    }

    @Test
    void aMultipartBodyIs415BeforeAnythingParsesItAndASortNamingNoFieldIs400() {
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT)))
                .contentType("multipart/form-data; boundary=x").body("not multipart at all").when().post("/shelf/Alpha")
                .then().spec(problem(415, "unsupported-media-type", "Content-Type"));
        given().urlEncodingEnabled(false).when().get("/shelf?sort=,,,").then().spec(problem(400, "invalid-parameter", "sort"));
    }

    @Test
    void aDatabaseThatIsAwayIs503WithRetryAfterNot500() {
        given().when().get("/shelf/in-the-archive").then().spec(problem(503, "service-unavailable")).header("Retry-After", "1");
    }

    @Test
    void aConditionalGetWithTheCurrentEtagIsNotModified() {
        String etag = given().when().get("/shelf/Alpha").then().statusCode(200).header("ETag", "\"2023\"").extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/shelf/Alpha").then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"1999\"").when().get("/shelf/Alpha").then().statusCode(200);
    }

    @Test
    void theCorrelationIdIsEchoedOrMadeOnEveryResponseErrorsIncluded() {
        given().header("X-Correlation-Id", "story-42").when().get("/shelf").then().header("X-Correlation-Id", "story-42");
        given().header("X-Correlation-Id", "story-43").when().get("/shelf/Nope").then().spec(problem(404, "not-found")).header("X-Correlation-Id", "story-43");
        given().when().get("/shelf").then().header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
        // A header that could smuggle text into logs or events is replaced, not echoed.
        given().header("X-Correlation-Id", "a b\tc").when().get("/shelf").then().header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void corsExposesTheHeadersAnSpaNeedsAndCachesThePreflight() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "if-match,idempotency-key")
                .when().options("/shelf").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Max-Age", "86400");
        String exposed = given().header("Origin", "http://localhost:5173").when().get("/shelf/Alpha").then().statusCode(200)
                .extract().header("Access-Control-Expose-Headers");
        for (String h : new String[]{"ETag", "Location", "Content-Disposition", "X-Correlation-Id"}) {
            assertTrue(exposed != null && exposed.toLowerCase().contains(h.toLowerCase()), h + " exposed in " + exposed);
        }
    }

    @Test
    void aProblemTypePointsToItsRowOfTheCatalogue() {
        given().when().get("/problems/concurrency-conflict").then().statusCode(200)
                .body(containsString("| `concurrency-conflict` | 409 |"));
        given().when().get("/problems/no-such-problem").then().spec(problem(404, "not-found"));
    }

    @Test
    void theAsyncApiDocumentAndTheSharedEnvelopeAreServedAndParse() {
        String doc = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        assertEquals("3.0.0", AsyncApiContract.parse(doc).path("asyncapi").asText());
        String envelope = given().when().get("/cloudevent.yaml").then().statusCode(200).extract().asString();
        assertTrue(AsyncApiContract.parse(envelope).at("/components/schemas/CloudEvent/required").toString().contains("actor"));
    }

    @Test
    void openApiHasTheKeycloakSchemeOperationIdsAndTheProblemSchema() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"))
                .body("components.schemas.Problem.properties.field", notNullValue())
                .body("paths.'/shelf'.get.operationId", equalTo("eventkitShelfList"))
                .body("paths.'/shelf/{title}'.get.operationId", equalTo("eventkitShelfGet"))
                .body("paths.'/shelf'.get.responses.'400'.description", containsString("page, size or sort"))
                // The catalogue packaged with the kit is read when the document is built: the code the 400 names has its example.
                .body("paths.'/shelf'.get.responses.'400'.content.'application/problem+json'.examples.'invalid-parameter'.value.type",
                        equalTo("/problems/invalid-parameter"))
                .body("paths.'/shelf/{title}'.get.responses.'304'.description", containsString("If-None-Match"));
    }

    @Test
    void theFilterDocumentsTheStandardResponsesOfAnOperationAndKeepsItsOwn() {
        var op = OASFactory.createOperation()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("keycloak"))
                .addParameter(OASFactory.createParameter().in(Parameter.In.HEADER).name("If-Match"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Closed"))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Already closed, or a stale If-Match")));
        SuiteOpenApi.standardResponses("/cycles/{cycleId}/narratives/{code}/close", OASFactory.createPathItem(), op);
        Map<String, String> described = new TreeMap<>();
        op.getResponses().getAPIResponses().forEach((status, response) -> described.put(status, response.getDescription()));
        assertEquals(Map.of("200", "Closed", "400", "A malformed If-Match (invalid-if-match, field If-Match)", "401", "No valid bearer token (unauthorized)",
                "403", "Your role does not allow this operation (forbidden)", "404", "No such cycle or narrative in your council (not-found)",
                "409", "Already closed, or a stale If-Match", "428", "No If-Match header (precondition-required)"), described);
        assertEquals(List.of("round", "theme code"), SuiteOpenApi.pathParameters("/rounds/{roundId}/reviewers/{themeCode}"));
    }

    @Test
    void theFilterDescribesTheSuccessOfAWriteAPageAndAConditionalReadAndTheFormatsOfAFile() {
        var write = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().in(Parameter.In.HEADER).name("If-Match"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Already done, or a stale If-Match")));
        SuiteOpenApi.standardResponses("/actions/{actionId}/complete", OASFactory.createPathItem(), write);
        assertEquals("The action with its new version as ETag", write.getResponses().getAPIResponse("200").getDescription());
        var unlink = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().in(Parameter.In.HEADER).name("If-Match"))
                .responses(OASFactory.createAPIResponses());
        SuiteOpenApi.standardResponses("/narratives/{code}/evidence/{evidenceId}", OASFactory.createPathItem().DELETE(unlink), unlink);
        assertEquals("The narrative with its new version as ETag", unlink.getResponses().getAPIResponse("200").getDescription());
        var list = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().in(Parameter.In.QUERY).name("page"))
                .addParameter(OASFactory.createParameter().in(Parameter.In.QUERY).name("size"))
                .addParameter(OASFactory.createParameter().in(Parameter.In.QUERY).name("status"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        SuiteOpenApi.standardResponses("/me/actions", OASFactory.createPathItem(), list);
        assertEquals("One page of actions: the page envelope (items, page, size, total)", list.getResponses().getAPIResponse("200").getDescription());
        assertEquals("page, size, sort or a filter out of range (invalid-parameter; field names the parameter)", list.getResponses().getAPIResponse("400").getDescription());
        var file = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().in(Parameter.In.HEADER).name("If-None-Match"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                        .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType())
                                .addMediaType("text/csv", OASFactory.createMediaType()))));
        SuiteOpenApi.standardResponses("/cycles/{cycleId}/action-plan", OASFactory.createPathItem(), file);
        assertEquals("The cycle, with its ETag", file.getResponses().getAPIResponse("200").getDescription());
        assertEquals("Accept names none of: application/json, text/csv (not-acceptable)", file.getResponses().getAPIResponse("406").getDescription());
        assertTrue(file.getResponses().getAPIResponse("304") != null, "a conditional read's 304");
    }

    @Test
    void anErrorResponseShowsAnExampleOfEachCatalogueCodeItsDescriptionNamesWithItsStatus() {
        var catalogue = SuiteOpenApi.catalogue(ContractDocuments.resource("problems.md"));
        assertEquals(new SuiteOpenApi.ProblemType(422, "a schedule needs a start before its end"), catalogue.get("end-before-start"));
        assertEquals(409, catalogue.get("concurrency-conflict").status());
        var media = SuiteOpenApi.problemContent("409", "Already closed (action-closed), a stale If-Match (concurrency-conflict), "
                        + "or a cross-reference (cross-reference-not-scored is a 422, so not here)", catalogue)
                .getMediaType(Problem.MEDIA_TYPE);
        assertEquals("#/components/schemas/Problem", media.getSchema().getRef());
        assertEquals(List.of("action-closed", "concurrency-conflict"), List.copyOf(media.getExamples().keySet()));
        assertEquals(Map.of("type", "/problems/concurrency-conflict", "title", "Conflict", "status", 409,
                        "detail", "the resource changed since you read it (currentVersion)"),
                media.getExamples().get("concurrency-conflict").getValue());
        assertTrue(SuiteOpenApi.problemContent("409", "Already closed: action-closed, outside parentheses", catalogue)
                .getMediaType(Problem.MEDIA_TYPE).getExamples() == null, "a code is named in parentheses");
        assertEquals(List.of("forbidden"), List.copyOf(SuiteOpenApi.problemContent("403", "Your role does not allow this (forbidden)",
                catalogue).getMediaType(Problem.MEDIA_TYPE).getExamples().keySet()));
    }

    @Test
    void aDefaultSortNamesOnlyTheFieldsItSortsByAndAListWithoutOneIsRefusedBeforeAnyRead() {
        var fields = SortFields.of("title", "title", "date", "evidenceDate");
        assertEquals("-date,title", fields.byDefault("-date,title").defaultSort());
        var typo = assertThrows(IllegalArgumentException.class, () -> fields.byDefault("-dated,title"));
        assertTrue(typo.getMessage().contains("'dated'"), typo.getMessage());
        assertThrows(IllegalStateException.class, () -> PageParams.of(0, 10, null).validate(fields));
        assertEquals(List.of(new PageRequest.Order("date", true), new PageRequest.Order("title", false)),
                PageParams.of(0, 10, null).validate(fields.byDefault("-date,title")).orders());
    }

    @Test
    void catalogueRowsAreFoundOnlyForWholeCodes() {
        assertTrue(ContractDocuments.catalogueRow("| `cycle-not-found` | 404 | x | y |", "not-found") == null);
        assertTrue(ContractDocuments.catalogueRow("| `text-required`, `text-too-long` | 422 | x | y |", "text-too-long").contains("422"));
    }

    @Test
    void operationIdsArePrefixedWithTheServiceAndDropResource() {
        assertEquals("assessmentCycleOpen", SuiteOpenApi.operationId("assessment", "CycleResource_open"));
        assertEquals("scoringScoreModerate", SuiteOpenApi.operationId("scoring", "ScoreResource_moderate"));
    }

    @Test
    void readinessShowsTheOutboxLagAndDoesNotDependOnKafka() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox-relay' }.data.backlog", notNullValue())
                .body("checks.find { it.name == 'outbox-relay' }.data.oldestAgeSeconds", notNullValue())
                .body("checks.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Kafka"))));
    }
}
