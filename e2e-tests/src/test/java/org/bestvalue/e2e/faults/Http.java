package org.bestvalue.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bestvalue.e2e.Keycloak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP as an SPA sends it, with a demo user's real token; a refused connection is status -1, not an exception. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String etag() {
            return raw == null ? null : raw.headers().firstValue("ETag").orElse(null);
        }

        boolean ok() {
            return status / 100 == 2;
        }
    }

    private Http() {
    }

    static Answer call(String user, String method, String url, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Accept", "application/json").header("X-Correlation-Id", "fault-injection");
            if (user != null) b.header("Authorization", "Bearer " + Keycloak.token(user));
            headers.forEach(b::header);
            if (body == null) b.method(method, HttpRequest.BodyPublishers.noBody());
            else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), null);
        } catch (Exception e) {
            return new Answer(-1, e.toString(), null);
        }
    }

    static Answer get(String user, String url) {
        return call(user, "GET", url, null, Map.of());
    }

    static JsonNode ok(Answer a, String what) {
        if (!a.ok()) throw new AssertionError(what + ": " + a.status() + " " + a.body());
        return a.json();
    }
}
