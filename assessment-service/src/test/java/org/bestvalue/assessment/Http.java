package org.bestvalue.assessment;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The requests every contract test of this service writes: a JSON body, and a write naming the version it read. */
public final class Http {
    private Http() {
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    /** A JSON write with {@code If-Match: "<version>"}. */
    public static RequestSpecification ifMatch(int version) {
        return json().header("If-Match", "\"" + version + "\"");
    }
}
