package org.bestvalue.eventkit.testing;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import static org.hamcrest.Matchers.equalTo;

/**
 * The suite's one way for a test to check an RFC 9457 problem answer (docs/api-conventions.md, row "errors"):
 * its status, the content type {@code application/problem+json} and {@code type} {@code /problems/<code>}
 * (the codes are listed in docs/problems.md). Use it as {@code .then().spec(problem(409, "cycle-closed"))}
 * and check anything else of the answer ({@code detail}, {@code errors}, {@code currentVersion}…) after it.
 */
public final class ProblemAnswers {
    /** The content type of every problem answer. */
    public static final String PROBLEM_JSON = "application/problem+json";
    /** Problem types are relative URIs: this followed by the code. */
    public static final String TYPE_BASE = "/problems/";

    private ProblemAnswers() {
    }

    /** A problem answer of {@code status} whose {@code type} is {@code /problems/<code>}. */
    public static ResponseSpecification problem(int status, String code) {
        return new ResponseSpecBuilder().expectStatusCode(status).expectContentType(PROBLEM_JSON)
                .expectBody("type", equalTo(TYPE_BASE + code)).build();
    }

    /** As {@link #problem(int, String)}, naming the body field, query parameter or header to fix in {@code field}. */
    public static ResponseSpecification problem(int status, String code, String field) {
        return new ResponseSpecBuilder().addResponseSpecification(problem(status, code))
                .expectBody("field", equalTo(field)).build();
    }
}
