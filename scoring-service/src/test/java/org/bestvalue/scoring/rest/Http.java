package org.bestvalue.scoring.rest;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.equalTo;

/**
 * The requests the contract tests send again and again (a JSON write naming the version it read) and the one
 * scoring problem they check beyond {@link org.bestvalue.eventkit.testing.ProblemAnswers#problem}.
 */
final class Http {
    private Http() {
    }

    static String score(String round, String code) {
        return "/rounds/" + round + "/scores/" + code;
    }

    /** A JSON body with {@code If-Match: "version"} (none when version is null). */
    static RequestSpecification write(String version, String body) {
        RequestSpecification r = given().contentType(ContentType.JSON).body(body);
        return version == null ? r : r.header("If-Match", "\"" + version + "\"");
    }

    static ValidatableResponse put(String path, String version, String body) {
        return write(version, body).when().put(path).then();
    }

    static ValidatableResponse post(String path, String version, String body) {
        return write(version, body).when().post(path).then();
    }

    /** The 409 of a reviewer who worked on the narrative of {@code code}: the problem names that narrative. */
    static ResponseSpecification notIndependentOf(String code, String narrativeId) {
        return new ResponseSpecBuilder().addResponseSpecification(problem(409, "reviewer-not-independent"))
                .expectBody("conflictingNarratives[0].characteristicCode", equalTo(code))
                .expectBody("conflictingNarratives[0].narrativeId", equalTo(narrativeId)).build();
    }
}
