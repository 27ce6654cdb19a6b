package org.bestvalue.e2e.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bestvalue.e2e.Suite;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fuzz: at least 10,000 malformed or hostile requests per run ({@code -Dbv.fuzz.requests}) spread over every
 * operation of the four services' served OpenAPI documents, each from the operation's harmless request of
 * {@link Probes} (real demo ids, a stale If-Match or a body its rules refuse) broken one way: a path id that
 * is no UUID, an injection, traversal or 5,000-character string; bad paging and filter values; a body field of
 * the wrong type, hostile, 1 MB long, missing or extra; a body that is no JSON or nested 2,000+ levels deep;
 * a garbage or missing If-Match; a wrong Content-Type or Accept. Each is sent with a token of a role the
 * operation allows (public operations without one), four at a time.
 *
 * <p>Every answer must be below 500; every 4xx (but 414, which the HTTP server answers with no body to a request
 * line over 4,096 characters before any application code runs) must be {@code application/problem+json} with {@code type},
 * {@code title} and {@code status} (its HTTP status), and name the {@code field} when the type is about one
 * (invalid-request, invalid-parameter, invalid-if-match, precondition-required); no write may be accepted. The
 * requests go in batches of 500 and each service's {@code events} count must be the same before and after
 * each batch: no rejected request changed anything. The operations {@link Probes#EXECUTED} (no input; really
 * performed when allowed) are not fuzzed.
 *
 * <p>The random seed is fixed and printed ({@code -Dbv.fuzz.seed=N} replays a run); so is a summary: requests per
 * service, statuses, mutations. Failures name the seed, the request's number, operation and mutation.
 */
class FuzzIT {
    static final long DEFAULT_SEED = 20_240_515L;
    static final int BATCH = 500;
    static final int PARALLEL = 4;
    /** Body fields whose change could turn a refused create into an accepted one (a RECHECK round, a dated action). */
    static final Map<String, Set<String>> PROTECTED = Map.of(
            "scoring POST /rounds", Set.of("kind"),
            "action POST /opportunities/{opportunityId}/actions", Set.of("start", "end"),
            // Without its quote (which no narrative contains) the probe would be a real comment.
            "assessment POST /cycles/{cycleId}/narratives/{code}/threads", Set.of("quote"));
    static final Set<String> FIELD_TYPES = Set.of("/problems/invalid-request", "/problems/invalid-parameter",
            "/problems/invalid-if-match", "/problems/precondition-required");
    static final List<String> EXTRA_FIELDS = List.of("__proto__", "constructor", "$where", "councilId", "actor", "version",
            "id", "status", "unexpected", "");

    record Fuzzed(int n, ApiOperation op, String mutation, HttpRequest request) {
    }

    @Test
    void malformedAndHostileRequestsAreRefusedWithProblemsAndChangeNothing() throws Exception {
        long seed = Long.getLong("bv.fuzz.seed", DEFAULT_SEED);
        int total = Integer.getInteger("bv.fuzz.requests", 10_000);
        System.out.printf("Fuzz: seed %d (replay with -Dbv.fuzz.seed=%d), %d requests%n", seed, seed, total);
        Random random = new Random(seed);
        DemoIds ids = DemoIds.find();
        List<ApiOperation> ops = new ArrayList<>();
        for (ApiOperation op : ApiOperation.all()) if (!Probes.EXECUTED.contains(op.key())) ops.add(op);
        Map<String, Probes.Probe> probes = new LinkedHashMap<>();
        for (ApiOperation op : ops) probes.put(op.key(), Probes.of(op, ids));

        Map<String, AtomicInteger> perService = new ConcurrentSkipListMap<>();
        Map<Integer, AtomicInteger> perStatus = new ConcurrentSkipListMap<>();
        Map<String, AtomicInteger> perMutation = new ConcurrentSkipListMap<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(PARALLEL);
        long started = System.nanoTime();
        Map<String, Long> counts = EventCounts.settled();
        for (int from = 0; from < total; from += BATCH) {
            List<CompletableFuture<Void>> batch = new ArrayList<>();
            for (int n = from; n < Math.min(total, from + BATCH); n++) {
                ApiOperation op = ops.get(random.nextInt(ops.size()));
                Fuzzed f = fuzz(n, op, probes.get(op.key()), random);
                inFlight.acquire();
                batch.add(Calls.sendAsync(f.request()).thenAccept(a -> {
                    inFlight.release();
                    perService.computeIfAbsent(op.shortService(), k -> new AtomicInteger()).incrementAndGet();
                    perStatus.computeIfAbsent(a.status(), k -> new AtomicInteger()).incrementAndGet();
                    perMutation.computeIfAbsent(f.mutation().replaceAll(" .*", ""), k -> new AtomicInteger()).incrementAndGet();
                    String wrong = check(f, a);
                    if (wrong != null) {
                        failures.putIfAbsent(op.key() + " | " + f.mutation().replaceAll(" .*", "") + " | " + wrong,
                                "#" + f.n() + " " + f.mutation() + " -> " + a.status() + " " + a.contentType() + " " + abbreviate(a.body()));
                    }
                }));
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).join();
            Map<String, Long> after = EventCounts.now();
            assertEquals(counts, after, "requests " + from + "-" + (from + BATCH - 1) + " (seed " + seed + ") appended events: a rejected request changed something");
            counts = after;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Fuzz: %d requests in %.1f s (%.0f/s); per service %s; statuses %s; mutations %s%n",
                total, seconds, total / seconds, perService, perStatus, perMutation);
        if (!failures.isEmpty()) {
            StringBuilder b = new StringBuilder(failures.size() + " kind(s) of wrong answer (seed " + seed + "):");
            new TreeMap<>(failures).forEach((k, v) -> b.append("\n  ").append(k).append("\n      e.g. ").append(v));
            fail(b.toString());
        }
    }

    /** Why an answer is wrong, or null. */
    static String check(Fuzzed f, Calls.Answer a) {
        if (a.status() < 0) return "no answer";
        if (a.status() >= 500) return "status " + a.status();
        if (a.status() / 100 == 2 && f.op().isWrite()) return "a hostile write was accepted (" + a.status() + ")";
        if (a.status() / 100 != 4) return null;
        // A request line over the HTTP server's limit (4,096) is refused by Vert.x before any application code: no body.
        if (a.status() == 414) return null;
        if (a.contentType() == null || !a.contentType().startsWith("application/problem+json")) {
            return a.status() + " is not application/problem+json (" + a.contentType() + ")";
        }
        JsonNode p = a.json();
        if (!p.path("type").isTextual() || !p.path("title").isTextual() || p.path("status").asInt() != a.status()) {
            return a.status() + " problem without type, title or its status";
        }
        if (FIELD_TYPES.contains(p.path("type").asText()) && p.path("field").asText("").isBlank()) {
            return p.path("type").asText() + " names no field";
        }
        return null;
    }

    static Fuzzed fuzz(int n, ApiOperation op, Probes.Probe probe, Random r) {
        String path = probe.path();
        String query = probe.query();
        byte[] body = probe.body();
        Map<String, String> headers = new LinkedHashMap<>(probe.headers());
        headers.put("X-Correlation-Id", "fuzz-" + n);
        List<String> kinds = new ArrayList<>(List.of("query", "accept", "header"));
        if (op.path().contains("{")) kinds.addAll(List.of("path", "path"));
        if (!op.parameters("query").isEmpty()) kinds.add("query");
        if (op.hasHeader("If-Match")) kinds.add("if-match");
        if (op.isWrite()) kinds.addAll(List.of("body", "body", "field", "field", "field", "content-type", "nested"));
        String kind = kinds.get(r.nextInt(kinds.size()));
        String mutation;
        switch (kind) {
            case "path" -> {
                List<String> names = new ArrayList<>();
                Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.path());
                while (m.find()) names.add(m.group(1));
                String name = names.get(r.nextInt(names.size()));
                String value = r.nextInt(50) == 0 ? "x".repeat(r.nextInt(3) == 0 ? 5000 : 3000) : Hostile.STRINGS.get(r.nextInt(Hostile.STRINGS.size()));
                if (value.isEmpty() || value.equals(".") || value.equals("..")) value = "not-a-uuid";
                path = concreteWith(op.path(), name, encode(value), probe.path());
                mutation = "path {" + name + "}=" + abbreviate(value);
            }
            case "query" -> {
                List<JsonNode> params = op.parameters("query");
                String q;
                if (params.isEmpty() || r.nextBoolean()) q = encodeQuery(Hostile.PAGING.get(r.nextInt(Hostile.PAGING.size())));
                else {
                    String name = params.get(r.nextInt(params.size())).path("name").asText();
                    q = name + "=" + encode(r.nextInt(50) == 0 ? "y".repeat(3000) : Hostile.STRINGS.get(r.nextInt(Hostile.STRINGS.size())));
                }
                query = query == null ? q : query + "&" + q;
                mutation = "query " + abbreviate(q);
            }
            case "accept" -> {
                String accept = Hostile.ACCEPTS.get(r.nextInt(Hostile.ACCEPTS.size()));
                headers.put("Accept", accept);
                mutation = "accept " + accept;
            }
            case "header" -> {
                String[] hostileHeaders = {"X-Correlation-Id", "Idempotency-Key", "If-None-Match"};
                String name = hostileHeaders[r.nextInt(hostileHeaders.length)];
                String value = Hostile.STRINGS.get(r.nextInt(Hostile.STRINGS.size())).replaceAll("[^\\x20-\\x7e]", "?");
                if (value.isEmpty()) value = "?";
                headers.put(name, value.length() > 4000 ? value.substring(0, 4000) : value);
                mutation = "header " + name + "=" + abbreviate(value);
            }
            case "if-match" -> {
                if (r.nextInt(4) == 0) {
                    headers.remove("If-Match");
                    mutation = "if-match missing";
                } else {
                    String v = Hostile.IF_MATCH.get(r.nextInt(Hostile.IF_MATCH.size()));
                    headers.put("If-Match", v);
                    mutation = "if-match " + abbreviate(v);
                }
            }
            case "content-type" -> {
                String type = Hostile.CONTENT_TYPES.get(r.nextInt(Hostile.CONTENT_TYPES.size()));
                headers.put("Content-Type", type);
                if (body == null) body = "{}".getBytes(StandardCharsets.UTF_8);
                mutation = "content-type " + type;
            }
            case "nested" -> {
                body = Hostile.deeplyNested(r).getBytes(StandardCharsets.UTF_8);
                headers.put("Content-Type", "application/json");
                mutation = "nested json";
            }
            case "body" -> {
                String b = r.nextInt(60) == 0 ? "{\"a\":\"" + Hostile.MEGABYTE + "\"}" : Hostile.BODIES.get(r.nextInt(Hostile.BODIES.size()));
                body = b.getBytes(StandardCharsets.UTF_8);
                headers.put("Content-Type", "application/json");
                mutation = "body " + abbreviate(b);
            }
            default -> { // field
                JsonNode parsed = body == null ? Calls.JSON.createObjectNode() : readOrEmpty(body);
                ObjectNode o = parsed instanceof ObjectNode obj ? obj.deepCopy() : Calls.JSON.createObjectNode();
                List<String> fields = new ArrayList<>();
                for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!PROTECTED.getOrDefault(op.key(), Set.of()).contains(f)) fields.add(f);
                }
                JsonNode schema = op.bodySchema();
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(x -> required.add(x.asText()));
                int how = r.nextInt(4);
                if (fields.isEmpty() || how == 0) {
                    String extra = EXTRA_FIELDS.get(r.nextInt(EXTRA_FIELDS.size()));
                    o.set(extra, Hostile.wrongType(r, "string"));
                    mutation = "field extra " + extra;
                } else {
                    String field = fields.get(r.nextInt(fields.size()));
                    String type = op.resolve(schema.path("properties").path(field)).path("type").asText("string");
                    if (how == 1 && required.contains(field)) {
                        o.remove(field);
                        mutation = "field missing " + field;
                    } else if (how == 2 && type.equals("string")) {
                        String v = Hostile.string(r);
                        o.put(field, v);
                        mutation = "field hostile " + field + "=" + abbreviate(v);
                    } else {
                        JsonNode v = Hostile.wrongType(r, type);
                        o.set(field, v);
                        mutation = "field wrong-type " + field + "=" + abbreviate(v.toString());
                    }
                }
                body = o.toString().getBytes(StandardCharsets.UTF_8);
                headers.put("Content-Type", "application/json");
            }
        }
        String user = user(op);
        String url = Suite.url(op.service()) + path + (query == null ? "" : "?" + query);
        return new Fuzzed(n, op, mutation, Calls.request(url, op.method(), user, body, headers));
    }

    /** A user holding a role the operation allows (planner first; the operator for operator-only; none when public). */
    static String user(ApiOperation op) {
        if (!op.secured()) return null;
        Set<String> roles = op.roles();
        if (roles.contains("planner")) return Callers.OWN.get("planner");
        for (String role : roles) if (Callers.OWN.containsKey(role)) return Callers.OWN.get(role);
        return Callers.OPERATOR;
    }

    private static String concreteWith(String template, String name,
                                       String value, String concrete) {
        // The concrete path with one parameter's segment replaced: segments line up with the template's.
        String[] t = template.split("/", -1), c = concrete.split("/", -1);
        for (int i = 0; i < t.length && i < c.length; i++) if (t[i].equals("{" + name + "}")) c[i] = value;
        return String.join("/", c);
    }

    private static JsonNode readOrEmpty(byte[] body) {
        try {
            return Calls.JSON.readTree(body);
        } catch (Exception e) {
            return Calls.JSON.createObjectNode();
        }
    }

    /** Each value of {@code a=1&b=2} URL-encoded. */
    static String encodeQuery(String q) {
        List<String> pairs = new ArrayList<>();
        for (String pair : q.split("&", -1)) {
            int eq = pair.indexOf('=');
            pairs.add(eq < 0 ? encode(pair) : pair.substring(0, eq) + "=" + encode(pair.substring(eq + 1)));
        }
        return String.join("&", pairs);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String s) {
        if (s == null) return "null";
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 120 ? one.substring(0, 120) + "…(" + s.length() + " chars)" : one;
    }
}
