package org.bestvalue.reporting;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Request helpers shared by the REST contract tests: the formats, conditional GETs, paging errors. */
final class Contract {
    static final String SVG = "image/svg+xml";
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    /** What Chrome sends for an {@code <img src>}. */
    static final String IMG_ACCEPT = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";

    private Contract() {
    }

    /**
     * GETs a document in a format ({@code accept}; null for RestAssured's default), then again with its ETag in
     * If-None-Match: 304 with no body. Answers the ETag.
     */
    static String answers304ToItsETag(String accept, String path, Object... params) {
        String etag = as(accept).get(path, params).then().statusCode(200).header("ETag", notNullValue())
                .extract().header("ETag");
        as(accept).header("If-None-Match", etag).get(path, params).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
        return etag;
    }

    private static RequestSpecification as(String accept) {
        return accept == null ? given() : given().accept(accept);
    }

    /** page, size and sort out of range are 400 problems naming the parameter. */
    static void refusesBadPaging(String path) {
        bad(given().queryParam("page", -1), path, "page");
        bad(given().queryParam("page", "first"), path, "page");
        bad(given().queryParam("size", 0), path, "size");
        bad(given().queryParam("size", 201), path, "size");
        bad(given().queryParam("sort", "-colourOfTheSky"), path, "sort");
    }

    private static void bad(RequestSpecification request, String path, String field) {
        request.get(path).then().spec(problem(400, "invalid-parameter", field));
    }
}
