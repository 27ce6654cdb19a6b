package org.bestvalue.scoring.rest;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The requests the contract tests send again and again: a JSON write naming the version it read. */
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
}
