package org.bestvalue.eventkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a service's served OpenAPI document ({@code GET /q/openapi?format=json}) by parsing it: every error
 * response (4xx, 5xx) of every operation shows at least one example problem body, i.e. its description names,
 * in parentheses, a problem code of the catalogue (docs/problems.md) with that response's status, as the
 * conventions ask (the kit's OpenAPI filter adds an example for each such code).
 */
public final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiContract() {
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each error response without an example problem body, as {@code METHOD /path status: description}. */
    private static List<String> errorsWithoutExamples(JsonNode doc) {
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!op.getValue().has("responses")) continue; // e.g. parameters shared by the path's operations
                for (Map.Entry<String, JsonNode> r : op.getValue().path("responses").properties()) {
                    if (!r.getKey().startsWith("4") && !r.getKey().startsWith("5")) continue;
                    JsonNode examples = r.getValue().path("content").path("application/problem+json").path("examples");
                    if (!examples.isObject() || examples.isEmpty()) {
                        gaps.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + r.getKey() + ": "
                                + r.getValue().path("description").asText(""));
                    }
                }
            }
        }
        return gaps;
    }

    /** Fails with the list of error responses that show no example problem body. */
    public static void assertEveryErrorHasAnExample(String json) {
        assertEveryErrorHasAnExample(parse(json));
    }

    /** Fails with the list of error responses that show no example problem body. */
    public static void assertEveryErrorHasAnExample(JsonNode doc) {
        List<String> gaps = errorsWithoutExamples(doc);
        if (!gaps.isEmpty()) {
            throw new AssertionError(gaps.size() + " error responses show no example problem body (their description "
                    + "names no catalogue code of their status in parentheses):\n" + String.join("\n", gaps));
        }
    }
}
