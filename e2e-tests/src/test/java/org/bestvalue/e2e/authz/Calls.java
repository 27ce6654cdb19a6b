package org.bestvalue.e2e.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bestvalue.e2e.Keycloak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Plain HTTP with java.net.http: a refused connection or a timeout is status -1, not an exception. */
final class Calls {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
            } catch (Exception e) {
                return JSON.missingNode();
            }
        }
    }

    private Calls() {
    }

    /** A request; {@code user} null sends no token, {@code body} null no body. */
    static HttpRequest request(String url, String method, String user, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (user != null) b.header("Authorization", "Bearer " + Keycloak.token(user));
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return b.build();
    }

    static Answer send(HttpRequest request) {
        try {
            return answer(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, e.toString());
        } catch (Exception e) {
            return new Answer(-1, null, e.toString());
        }
    }

    static CompletableFuture<Answer> sendAsync(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(Calls::answer)
                .exceptionally(e -> new Answer(-1, null, String.valueOf(e)));
    }

    private static Answer answer(HttpResponse<String> r) {
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
    }
}
