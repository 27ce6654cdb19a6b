package org.bestvalue.e2e.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The harmless request of each operation: real demo ids in the path, and a body and headers that pass the
 * operation's syntax checks but are refused after authorization and the council check, so no request of the
 * matrix (nor of the fuzz test, which only breaks these further) changes the demo data:
 * <ul>
 *   <li>a write that names a version ({@code If-Match} in its parameters) gets a well-formed body built from
 *       its schema's examples and a stale {@code If-Match: "999999"}: refused with 409 after the stream is
 *       loaded for the caller's council;</li>
 *   <li>a write that creates (no {@code If-Match}) gets a body its rules refuse ({@link #REFUSED_CREATES}:
 *       an unknown characteristic, a year that is not after, an end before the start, a web page without its
 *       address, an unknown framework version);</li>
 *   <li>{@link #EXECUTED}: the few operations without input that are idempotent and safe at any time (the
 *       demo frameworks' import, projection rebuilds, dead-letter replays) are really performed by the roles
 *       that may.</li>
 * </ul>
 * A write that is none of these has no harmless request: {@link #of} fails and names it, so a new endpoint
 * gets reviewed here as well as in the matrix.
 */
final class Probes {
    static final String STALE = "\"999999\"";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Performed for real by the roles allowed (idempotent, no input). */
    static final Set<String> EXECUTED = Set.of(
            "assessment POST /frameworks/import-demo",
            "assessment POST /admin/dead-letters/replay",
            "scoring POST /admin/dead-letters/replay",
            "action POST /admin/dead-letters/replay",
            "reporting POST /admin/dead-letters/replay",
            "assessment POST /admin/projections/rebuild",
            "scoring POST /admin/projections/rebuild",
            "action POST /admin/projections/rebuild",
            "reporting POST /admin/projections/rebuild");

    /** Creates: a body the operation's rules refuse (own council 409/422; another council's path id 404). */
    static final Set<String> REFUSED_CREATES = Set.of(
            "assessment POST /frameworks",
            "assessment POST /frameworks/guide-proposals",
            "assessment POST /cycles",
            "assessment POST /cycles/{id}/carry-forward",
            "assessment POST /evidence",
            "assessment POST /cycles/{cycleId}/narratives",
            "assessment POST /cycles/{cycleId}/narratives/{code}/threads",
            "scoring POST /rounds",
            "action POST /cycles/{cycleId}/opportunities",
            "action POST /opportunities/{opportunityId}/actions");

    record Probe(String method, String path, String query, byte[] body, Map<String, String> headers) {
        String url(String base) {
            return base + path + (query == null ? "" : "?" + query);
        }
    }

    private Probes() {
    }

    static Probe of(ApiOperation op, DemoIds ids) {
        String path = ids.concrete(op.path());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", op.successType());
        headers.put("X-Correlation-Id", "authz-matrix");
        String query = switch (op.key()) {
            case "assessment GET /frameworks/{id}/diff" -> "from=" + ids.predecessorFramework();
            case "reporting GET /reports/cycles/{cycleId}/year-on-year" -> "previous=" + ids.publishedCycle();
            case "assessment POST /frameworks" -> "label=statutory-2024&name=Authorization+matrix+probe";
            default -> null;
        };
        if (!op.isWrite() || EXECUTED.contains(op.key())) return new Probe(op.method(), path, query, null, headers);

        JsonNode body = chosenBody(op.key(), ids);
        if (body == null && !op.hasHeader("If-Match")) {
            throw new IllegalStateException(op.key() + " has no harmless request: it names no If-Match and is not listed in "
                    + "Probes.REFUSED_CREATES or Probes.EXECUTED; add one (a body its rules refuse) before it enters the matrix");
        }
        if (op.hasHeader("If-Match")) headers.put("If-Match", STALE);
        if (body == null && !op.bodyTypes().isEmpty()) body = sample(op, op.bodySchema(), 0);
        if (body == null) return new Probe(op.method(), path, query, null, headers);
        headers.put("Content-Type", "application/json");
        byte[] bytes = (body.isTextual() ? body.asText() : body.toString()).getBytes(StandardCharsets.UTF_8);
        return new Probe(op.method(), path, query, bytes, headers);
    }

    private static JsonNode chosenBody(String key, DemoIds ids) {
        ObjectNode b = F.objectNode();
        switch (key) {
            // The demo framework again, as a file with no characteristics: the label exists, the file is empty.
            case "assessment POST /frameworks" -> {
                return F.textNode("{}");
            }
            // Pasted characteristics without any theme (it stores nothing in any case).
            case "assessment POST /frameworks/guide-proposals" -> {
                return F.textNode("{}");
            }
            // A year the council has, with a framework version nobody has.
            case "assessment POST /cycles" -> b.put("year", 2025).put("title", "Authorization matrix probe")
                    .put("frameworkVersionId", UUID.randomUUID().toString());
            // Carried forward to a year that is not after the cycle's.
            case "assessment POST /cycles/{id}/carry-forward" -> b.put("year", 2024).put("title", "Authorization matrix probe");
            // A web page without its address (uri-required). Not a date in the future: that rule is not enforced.
            case "assessment POST /evidence" -> b.put("title", "Authorization matrix probe").put("kind", "WEB_PAGE");
            // A revision needs a kind the library knows (the schema names none): refused by the stale If-Match.
            case "assessment PUT /evidence/{id}" -> b.put("title", "Authorization matrix probe").put("kind", "WEB_PAGE")
                    .put("uri", "https://council.example/probe").put("date", "2024-01-01");
            // Snapshot or publish now (no asOf): refused by the stale If-Match.
            case "assessment POST /cycles/{id}/snapshots", "assessment POST /cycles/{id}/publish" -> {
                return b;
            }
            // A characteristic that is in no framework.
            case "assessment POST /cycles/{cycleId}/narratives" -> b.put("characteristicCode", "ZZ999").put("text", "Authorization matrix probe");
            // A comment on a passage the narrative does not contain (quote-not-in-narrative).
            case "assessment POST /cycles/{cycleId}/narratives/{code}/threads" -> b.put("text", "Authorization matrix probe")
                    .put("quote", "a passage no narrative has: authorization matrix probe");
            case "action POST /cycles/{cycleId}/opportunities" -> b.put("characteristicCode", "ZZ999").put("gap", "Authorization matrix probe");
            // The cycle already had its initial round.
            case "scoring POST /rounds" -> b.put("cycleId", ids.cycle()).put("name", "Authorization matrix probe").put("kind", "INITIAL");
            // An action that ends before it starts.
            case "action POST /opportunities/{opportunityId}/actions" -> {
                b.put("description", "Authorization matrix probe").put("serviceArea", "Probe").put("indicativeTimeline", "2024-Q3")
                        .put("start", "2024-09-30").put("end", "2024-07-01");
                b.putArray("officers").add("probe-officer");
            }
            default -> {
                return null;
            }
        }
        return b;
    }

    /** A well-formed value for a schema: its example, else its first enum value, else one of its type. */
    static JsonNode sample(ApiOperation op, JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode()) return F.objectNode();
        JsonNode example = schema.has("examples") && schema.get("examples").size() > 0 ? schema.get("examples").get(0)
                : schema.has("example") ? schema.get("example") : null;
        if (example != null) return example;
        JsonNode s = op.resolve(schema);
        if (s != schema) return sample(op, s, depth);
        if (s.has("enum") && s.get("enum").size() > 0) return s.get("enum").get(0);
        String type = s.path("type").asText("object");
        String format = s.path("format").asText("");
        return switch (type) {
            case "integer", "number" -> F.numberNode(Math.max(1, s.path("minimum").asInt(1)));
            case "boolean" -> F.booleanNode(true);
            case "array" -> F.arrayNode().add(sample(op, s.path("items"), depth + 1));
            case "string" -> switch (format) {
                case "uuid" -> F.textNode(UUID.randomUUID().toString());
                case "date" -> F.textNode("2024-07-01");
                case "date-time" -> F.textNode("2024-07-01T00:00:00Z");
                default -> s.has("pattern") && s.get("pattern").asText().startsWith("^[a-f0-9]")
                        ? F.textNode(UUID.randomUUID().toString()) : F.textNode("Authorization matrix probe");
            };
            default -> {
                ObjectNode o = F.objectNode();
                if (depth < 5) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> p = it.next();
                        o.set(p.getKey(), sample(op, p.getValue(), depth + 1));
                    }
                }
                yield o;
            }
        };
    }
}
