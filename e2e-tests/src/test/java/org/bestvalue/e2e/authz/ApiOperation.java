package org.bestvalue.e2e.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bestvalue.e2e.Suite;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation (method + path) of a service as its served OpenAPI document ({@code /q/openapi?format=json})
 * declares it, with what the matrix and the fuzz test need from the document: its parameters, its request
 * body's schema and media types, the media type of its success answer and the roles its security names.
 */
record ApiOperation(String service, String method, String path, JsonNode operation, JsonNode document) {
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** The short service name the matrix uses: assessment, scoring, action, reporting. */
    String shortService() {
        return service.replace("-service", "");
    }

    /** The matrix row key, e.g. {@code assessment GET /cycles/{id}}. */
    String key() {
        return shortService() + " " + method + " " + path;
    }

    boolean isWrite() {
        return !method.equals("GET");
    }

    /** Roles the document's security names; empty when the operation needs no token. */
    Set<String> roles() {
        JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : security) {
            for (Iterator<JsonNode> scopes = requirement.elements(); scopes.hasNext(); ) scopes.next().forEach(r -> roles.add(r.asText()));
        }
        return roles;
    }

    boolean secured() {
        JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
        return security.isArray() && !security.isEmpty() && !(security.size() == 1 && security.get(0).isEmpty());
    }

    List<JsonNode> parameters(String in) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            JsonNode resolved = resolve(p);
            if (in.equals(resolved.path("in").asText())) out.add(resolved);
        }
        return out;
    }

    boolean hasHeader(String name) {
        return parameters("header").stream().anyMatch(p -> p.path("name").asText().equalsIgnoreCase(name));
    }

    /** The request body's media types, in document order (empty: no body). */
    List<String> bodyTypes() {
        List<String> types = new ArrayList<>();
        operation.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** The JSON request body's schema with its $ref resolved, or a missing node. */
    JsonNode bodySchema() {
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode media = content.has("application/json") ? content.get("application/json") : content.elements().hasNext() ? content.elements().next() : null;
        return media == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : resolve(media.path("schema"));
    }

    /** The media type the first 2xx answer lists (JSON when it lists several or none). */
    String successType() {
        for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            if (!r.getKey().startsWith("2")) continue;
            List<String> types = new ArrayList<>();
            resolve(r.getValue()).path("content").fieldNames().forEachRemaining(types::add);
            if (types.isEmpty() || types.contains("application/json")) return "application/json";
            return types.get(0);
        }
        return "application/json";
    }

    /** Follows a local {@code $ref} ({@code #/components/...}). */
    JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 10) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) break;
            node = document.at(ref.substring(1));
        }
        return node;
    }

    /** Every operation of every service, in document order. */
    static List<ApiOperation> all() {
        List<ApiOperation> all = new ArrayList<>();
        for (String service : Suite.SERVICES) all.addAll(of(service));
        return all;
    }

    static List<ApiOperation> of(String service) {
        Calls.Answer answer = Calls.send(Calls.request(Suite.url(service) + "/q/openapi?format=json", "GET", null, null, Map.of("Accept", "application/json")));
        if (answer.status() != 200) throw new IllegalStateException(service + " serves no OpenAPI document: " + answer.status());
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(answer.body());
        } catch (Exception e) {
            throw new IllegalStateException(service + ": unreadable OpenAPI document", e);
        }
        List<ApiOperation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                String method = op.getKey().toUpperCase();
                if (METHODS.contains(method)) ops.add(new ApiOperation(service, method, path.getKey(), op.getValue(), doc));
            }
        }
        return ops;
    }
}
