package org.bestvalue.assessment;

import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/** The request helpers the REST tests share: the page envelope every list answers, and its bad parameters. */
public final class ListContract {
    private ListContract() {
    }

    /** {@code {"items":[…],"page":0,"size":50,"total":N}} with at least {@code atLeast} items in all. */
    public static ValidatableResponse answersThePageEnvelope(String path, int atLeast) {
        return given().when().get(path).then().statusCode(200)
                .body("items", notNullValue()).body("page", equalTo(0)).body("size", equalTo(50))
                .body("total", greaterThanOrEqualTo(atLeast)).body("items.size()", lessThanOrEqualTo(50));
    }

    /** page=-1, size=0, size over the maximum, a word for a number and an unknown sort field are 400s naming the parameter. */
    public static void refusesBadPaging(String path) {
        badParameter(path, "page", "-1");
        badParameter(path, "page", "first");
        badParameter(path, "size", "0");
        badParameter(path, "size", "201");
        badParameter(path, "sort", "-shoeSize");
    }

    private static void badParameter(String path, String name, String value) {
        given().queryParam(name, value).when().get(path).then().spec(problem(400, "invalid-parameter", name));
    }
}
