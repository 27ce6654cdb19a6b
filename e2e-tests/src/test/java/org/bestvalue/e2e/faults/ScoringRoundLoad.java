package org.bestvalue.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.e2e.Keycloak;
import org.bestvalue.e2e.Suite;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load the faults hit: a new cycle of the demo council and one scoring round of all its scorable
 * characteristics, scored by the theme reviewers at a steady pace, each score retried by its reviewer
 * (as a person at a browser would) until the suite answers it. Records what was acknowledged.
 */
final class ScoringRoundLoad {
    static final String ASSESSMENT = Suite.url("assessment-service");

    /** Where the load sends its requests: each service directly, or through the edge (:8080, /api/<service>). */
    record Bases(String assessment, String scoring, String reporting) {
        static final Bases DIRECT = new Bases(ASSESSMENT, Suite.url("scoring-service"), Suite.url("reporting-service"));

        static Bases edge() {
            String edge = System.getProperty("bv.url.edge", "http://localhost:8080");
            return new Bases(edge + "/api/assessment", edge + "/api/scoring", edge + "/api/reporting");
        }
    }

    private final String scoring;
    private final String reporting;
    static final List<String> COLOURS = List.of("DARK_GREEN", "LIGHT_GREEN", "YELLOW");

    final String cycleId;
    final String roundId;
    /** code → theme of every characteristic to score. */
    final Map<String, String> characteristics;
    /** code → colour of every score the suite acknowledged (200). */
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Scores whose answer was lost (connection dropped) but which the suite had committed: read back. */
    final AtomicInteger committedUnacknowledged = new AtomicInteger();
    final AtomicInteger attempts = new AtomicInteger();

    private ScoringRoundLoad(Bases bases, String cycleId, String roundId, Map<String, String> characteristics) {
        this.scoring = bases.scoring();
        this.reporting = bases.reporting();
        this.cycleId = cycleId;
        this.roundId = roundId;
        this.characteristics = characteristics;
    }

    /** Opens a fresh cycle (the first free year from {@code fromYear}) and its round, with a reviewer per theme. */
    static ScoringRoundLoad prepare(int fromYear) {
        return prepare(fromYear, Bases.DIRECT);
    }

    static ScoringRoundLoad prepare(int fromYear, Bases bases) {
        String assessment = bases.assessment(), scoring = bases.scoring();
        JsonNode versions = Http.ok(Http.get("planner", assessment + "/frameworks?size=200"), "list frameworks").path("items");
        JsonNode statutory = null;
        for (JsonNode v : versions) if (v.toString().toLowerCase().contains("statutory")) statutory = v;
        if (statutory == null) throw new AssertionError("no statutory framework version: " + versions);
        String frameworkId = statutory.has("id") ? statutory.path("id").asText() : statutory.path("frameworkVersionId").asText();
        JsonNode framework = Http.ok(Http.get("planner", assessment + "/frameworks/" + frameworkId), "read framework");
        Map<String, String> characteristics = new LinkedHashMap<>();
        for (JsonNode c : framework.path("characteristics")) {
            if (c.path("crossReferenceTo").isMissingNode() || c.path("crossReferenceTo").isNull()) {
                characteristics.put(c.path("code").asText(), c.path("themeCode").asText());
            }
        }
        String cycleId = null;
        for (int year = fromYear; cycleId == null && year < fromYear + 40; year++) {
            Http.Answer opened = Http.call("planner", "POST", assessment + "/cycles",
                    Map.of("year", year, "title", "Fault injection " + year, "frameworkVersionId", frameworkId), Map.of());
            if (opened.status() == 201) cycleId = opened.json().path("id").asText();
            else if (opened.status() != 409) throw new AssertionError("open cycle: " + opened.status() + " " + opened.body());
        }
        String cycle = cycleId;
        JsonNode round = eventually("scoring knows the new cycle", Duration.ofSeconds(60), () -> Http.ok(Http.call("planner", "POST",
                scoring + "/rounds", Map.of("cycleId", cycle, "name", "Fault injection round", "kind", "INITIAL"), Map.of()), "open round"));
        String roundId = round.path("roundId").asText();
        for (String theme : new java.util.TreeSet<>(characteristics.values())) {
            String tag = Http.get("planner", scoring + "/rounds/" + roundId).etag();
            Http.ok(Http.call("planner", "PUT", scoring + "/rounds/" + roundId + "/reviewers/" + theme,
                    Map.of("reviewerId", Keycloak.subject("reviewer-" + theme.toLowerCase())), Map.of("If-Match", tag)), "assign " + theme);
        }
        return new ScoringRoundLoad(bases, cycleId, roundId, characteristics);
    }

    static String colourOf(String code) {
        return COLOURS.get(Math.abs(code.hashCode()) % COLOURS.size());
    }

    /** Scores every characteristic, one every {@code pace}, each retried until answered; returns when all are in. */
    Duration run(Duration pace, Duration giveUpAfter) {
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> all = new ArrayList<>();
        try {
            for (Map.Entry<String, String> c : characteristics.entrySet()) {
                all.add(pool.submit(() -> score(c.getKey(), c.getValue(), start.plus(giveUpAfter))));
                Thread.sleep(pace.toMillis());
            }
            for (Future<?> f : all) f.get();
        } catch (Exception e) {
            throw new AssertionError("the load failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        return Duration.between(start, Instant.now());
    }

    private void score(String code, String theme, Instant deadline) {
        String colour = colourOf(code);
        Map<String, Object> body = Map.of("colour", colour, "rationale", "Scored under fault injection: " + colour);
        String url = scoring + "/rounds/" + roundId + "/scores/" + code;
        String reviewer = "reviewer-" + theme.toLowerCase();
        while (Instant.now().isBefore(deadline)) {
            attempts.incrementAndGet();
            Http.Answer a = Http.call(reviewer, "PUT", url, body, Map.of("If-Match", "\"0\"", "Idempotency-Key", roundId + "-" + code));
            if (a.status() == 200) {
                acknowledged.put(code, colour);
                return;
            }
            if (a.status() == 409) {
                // An earlier attempt committed but its answer was lost: the score is there, read it back.
                Http.Answer read = Http.get(reviewer, url);
                if (read.ok() && colour.equals(read.json().path("colour").asText())) {
                    committedUnacknowledged.incrementAndGet();
                    return;
                }
                throw new AssertionError(code + ": 409 and the score is not ours: " + read.body());
            }
            if (a.status() / 100 == 4) throw new AssertionError(code + ": " + a.status() + " " + a.body());
            sleep(400); // refused, 5xx or timed out: the service is away; try again
        }
        throw new AssertionError(code + " was never answered");
    }

    /** The colours of every score the scoring service holds for the round. */
    Map<String, String> scoredInScoring() {
        JsonNode page = Http.ok(Http.get("planner", scoring + "/rounds/" + roundId + "/scores?size=200"), "round scores");
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode s : page.path("items")) {
            String c = s.path("colour").asText(null);
            if (c != null && !"null".equals(c)) out.put(s.path("characteristicCode").asText(s.path("code").asText()), c);
        }
        return out;
    }

    /** The cells of the cycle's heat-map in reporting that carry a colour. */
    Map<String, String> projectedInReporting() {
        Http.Answer a = Http.get("planner", reporting + "/reports/cycles/" + cycleId + "/heat-map");
        Map<String, String> out = new LinkedHashMap<>();
        if (!a.ok()) return out;
        for (JsonNode theme : a.json().path("themes")) {
            for (JsonNode cell : theme.path("cells")) {
                if (!cell.path("colour").isNull() && !cell.path("colour").isMissingNode()) out.put(cell.path("code").asText(), cell.path("colour").asText());
            }
        }
        return out;
    }

    /** The colour totals of the heat-map summary: their sum would exceed the cells if anything were counted twice. */
    int summaryTotal() {
        JsonNode totals = Http.ok(Http.get("planner", reporting + "/reports/cycles/" + cycleId + "/heat-map"), "heat-map")
                .path("summary").path("totals").path("counts");
        int sum = 0;
        for (JsonNode n : totals) sum += n.asInt();
        return sum;
    }

    static <T> T eventually(String what, Duration timeout, java.util.function.Supplier<T> step) {
        Instant deadline = Instant.now().plus(timeout);
        AssertionError last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                return step.get();
            } catch (AssertionError e) {
                last = e;
                sleep(300);
            }
        }
        throw new AssertionError(what + " within " + timeout, last);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration d) {
        sleep(d.toMillis());
    }

}
