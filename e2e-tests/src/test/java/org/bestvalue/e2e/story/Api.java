package org.bestvalue.e2e.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.bestvalue.e2e.Keycloak;
import org.bestvalue.e2e.Suite;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How the story talks to the suite: as an SPA would, over the public REST APIs with a demo user's real
 * Keycloak token, one correlation id for the whole story. Counts the requests it makes.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final String CORRELATION = "council-story";

    private Api() {
    }

    static RequestSpecification as(String user, String service) {
        REQUESTS.incrementAndGet();
        return RestAssured.given().baseUri(Suite.url(service)).auth().oauth2(Keycloak.token(user))
                .header("X-Correlation-Id", CORRELATION).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification anonymous(String service) {
        REQUESTS.incrementAndGet();
        return RestAssured.given().baseUri(Suite.url(service)).accept(ContentType.JSON);
    }

    /** The body of a response that must have the given status, as JSON. */
    static JsonNode expect(Response r, int status, String what) {
        if (r.statusCode() != status) {
            throw new AssertionError(what + ": expected " + status + " but got " + r.statusCode() + " " + r.asString());
        }
        String body = r.asString();
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(what + ": not JSON: " + body, e);
        }
    }

    static JsonNode ok(Response r, String what) {
        if (r.statusCode() / 100 != 2) {
            throw new AssertionError(what + ": " + r.statusCode() + " " + r.asString());
        }
        return expect(r, r.statusCode(), what);
    }

    static String etag(Response r) {
        String tag = r.header("ETag");
        if (tag == null) throw new AssertionError("no ETag on " + r.asString());
        return tag;
    }

    /** Retries a step until the service has caught up with events it learns from Kafka. */
    static <T> T eventually(String what, Duration timeout, Supplier<T> step) {
        long deadline = System.nanoTime() + timeout.toNanos();
        AssertionError last = null;
        while (System.nanoTime() < deadline) {
            try {
                return step.get();
            } catch (AssertionError e) {
                last = e;
                try {
                    Thread.sleep(300);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ie);
                }
            }
        }
        throw new AssertionError("Gave up waiting for: " + what, last);
    }
}
