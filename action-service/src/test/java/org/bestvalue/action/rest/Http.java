package org.bestvalue.action.rest;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The requests every contract test of this service writes: a JSON body, and a write naming the version it read. */
final class Http {
    private Http() {
    }

    static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    /** A write with {@code If-Match: "<version>"}. */
    static RequestSpecification ifMatch(int version) {
        return json().header("If-Match", "\"" + version + "\"");
    }
}
