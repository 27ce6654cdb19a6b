import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suite's benchmark (not a test: it asserts nothing, it prints figures). Run by {@code deploy/suite bench}
 * against the launched suite; every figure is printed next to its limit measured in the same run. See
 * bench/README.md. Plain JDK 17 (java bench/Bench.java): HttpClient for the load, pgbench and Maven for the rest.
 *
 * <p>Settings (system properties): bench.root (the checkout), bench.seconds (per HTTP case, default 6),
 * bench.warmup (seconds, default 3), bench.jit-warmup (seconds, default 45), bench.replay (events for the replay,
 * default 200000), bench.only (the sections to run, by name, comma-separated: for profiling one path).
 */
public final class Bench {
    static final String KEYCLOAK = env("BV_OIDC_URL", "http://localhost:8180/realms/bestvalue") + "/protocol/openid-connect/token";
    static final String ASSESSMENT = "http://localhost:8081", SCORING = "http://localhost:8082", REPORTING = "http://localhost:8084";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Path ROOT = Path.of(System.getProperty("bench.root", "."));
    static final int SECONDS = Integer.getInteger("bench.seconds", 6);
    static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    /** Load on every measured path before anything is measured: the services' JIT compiles the hot code first. */
    static final int JIT_WARMUP = Integer.getInteger("bench.jit-warmup", 45);
    static final long REPLAY_EVENTS = Long.getLong("bench.replay", 200_000L);
    /** The sections to run (comma-separated names as the table prints them, e.g. "score -> heat-map"); all when empty. */
    static final List<String> ONLY = System.getProperty("bench.only", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.only").split("\\s*,\\s*"));

    /** One line of the table: the suite's figure, the limit measured in the same run, their ratio. */
    record Row(String path, String suite, String limit, Double ratio, Map<String, Object> json) {
    }

    static final List<Row> ROWS = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        System.out.printf("Benchmark of the launched suite: %d s per case after %d s warm-up (and %d s of JIT warm-up first);"
                + " %d cores; load average %s%n", SECONDS, WARMUP, JIT_WARMUP, Runtime.getRuntime().availableProcessors(), load);

        section("prepare", Bench::prepare);
        section("JIT warm-up", Bench::jitWarmUp);
        section("POST /evidence", Bench::evidence);
        section("heat-map", Bench::heatMap);
        section("score -> heat-map", Bench::scoreToHeatMap);
        section("event store", Bench::eventStore);
        section("replay", Bench::replay);
        section("processes", Bench::processes);

        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        print(started, load, loadAfter);
        System.exit(failed ? 1 : 0);
    }

    interface Section {
        void run() throws Exception;
    }

    /** Runs one part; a part that fails is a row saying so, and the others still run (exit status 1 at the end). */
    static void section(String name, Section part) {
        if (!ONLY.isEmpty() && !ONLY.contains(name)) return;
        try {
            part.run();
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            System.out.println("FAILED: " + name + ": " + message);
            ROWS.add(new Row(name, "FAILED: " + message.lines().findFirst().orElse(""), "-", null,
                    Map.of("case", name, "failed", message)));
            failed = true;
        }
    }

    static boolean failed;

    // ------------------------------------------------------------------------------------------ 0. JIT warm-up

    /**
     * A server runs for days; its steady state is what the rows measure, not its first seconds. The services'
     * JIT (C2) compiles the hot paths after some thousands of requests: this sends them first, on every measured
     * path at once (POST /evidence, which also drives the three consumers; the heat-map, plain and conditional).
     */
    static void jitWarmUp() throws Exception {
        if (JIT_WARMUP <= 0) return;
        step("JIT warm-up: " + JIT_WARMUP + " s of POST /evidence and GET heat-map (nothing measured)");
        String author = token("author"), planner = token("planner");
        URI map = URI.create(REPORTING + "/reports/cycles/" + cycleOfYear(planner, 2024) + "/heat-map");
        String etag = get(map, planner, null).headers().firstValue("ETag").orElse("\"none\"");
        Thread posts = new Thread(() -> quietly(() -> loop(2, evidenceRequest(author), 201, JIT_WARMUP)));
        Thread reads = new Thread(() -> quietly(() -> loop(2, () -> request(map, planner, null), 200, JIT_WARMUP)));
        Thread notModified = new Thread(() -> quietly(() -> loop(1, () -> request(map, planner, etag), 304, JIT_WARMUP)));
        for (Thread t : List.of(posts, reads, notModified)) t.start();
        for (Thread t : List.of(posts, reads, notModified)) t.join();
    }

    interface Load {
        Object run() throws Exception;
    }

    static void quietly(Load load) {
        try {
            load.run();
        } catch (Exception e) {
            System.out.println("  warm-up: " + e);
        }
    }

    // ------------------------------------------------------------------------------------------ 1. POST /evidence

    static void evidence() throws Exception {
        step("POST /evidence (one new stream, one event per request) vs pgbench single-row INSERT");
        Supplier<HttpRequest> add = evidenceRequest(token("author"));
        for (int connections : new int[]{1, 8}) {
            Result r = closedLoop(connections, add, 201);
            Result pg = pgbench(connections);
            ROWS.add(new Row("POST /evidence, " + connections + " connection" + (connections > 1 ? "s" : ""),
                    r.summary(), "pgbench INSERT, " + connections + " client" + (connections > 1 ? "s" : "") + ": " + pg.summary(),
                    r.perSecond / pg.perSecond, Map.of("case", "evidence-post", "connections", connections, "suite", r.json(),
                            "limit", pg.json())));
        }
    }

    /** One new evidence item per request: one new stream, one event. */
    static Supplier<HttpRequest> evidenceRequest(String token) {
        return () -> HttpRequest.newBuilder(URI.create(ASSESSMENT + "/evidence"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Benchmark item " + UUID.randomUUID()
                        + "\",\"kind\":\"document\",\"reference\":\"bench\",\"date\":\"2024-06-10\"}")).build();
    }

    /** pgbench over a scratch database the launcher made (bv_bench): one INSERT of an event-shaped row per transaction. */
    static Result pgbench(int clients) throws Exception {
        quiet();
        Path script = Files.createTempFile("bench-insert", ".sql");
        Files.writeString(script, "INSERT INTO events (event_id, council_id, stream_type, stream_id, stream_version, event_type,"
                + " schema_version, occurred_at, actor, data) VALUES (gen_random_uuid(), 'bench', 'evidence',"
                + " gen_random_uuid()::text, 1, 'EvidenceAdded', 1, now(), 'bench',"
                + " '{\"title\":\"Benchmark item\",\"kind\":\"DOCUMENT\",\"reference\":\"bench\",\"date\":\"2024-06-10\"}');\n");
        Path log = Files.createTempDirectory("pgbench");
        List<String> cmd = List.of("pgbench", "-n", "-h", env("BV_DB_HOST", "127.0.0.1"), "-p", env("BV_DB_PORT", "5432"),
                "-U", env("BV_DB_USER", "bestvalue"), "-c", "" + clients, "-j", "" + clients, "-T", "" + SECONDS,
                "-l", "-f", script.toString(), "bv_bench");
        String out = run(log, cmd, Map.of("PGPASSWORD", env("BV_DB_PASSWORD", "bestvalue")));
        Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(out);
        if (!tps.find()) throw new IllegalStateException("pgbench said: " + out);
        // The per-transaction log (-l): latency in microseconds is the third column.
        List<Long> micros = new ArrayList<>();
        try (var files = Files.list(log)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("pgbench_log")).toList()) {
                for (String line : Files.readAllLines(f)) micros.add(Long.parseLong(line.split(" ")[2]));
                Files.delete(f);
            }
        }
        long[] nanos = micros.stream().mapToLong(m -> m * 1000).sorted().toArray();
        return new Result(Double.parseDouble(tps.group(1)), nanos, 0);
    }

    // ------------------------------------------------------------------------------------------ 2. heat-map

    static void heatMap() throws Exception {
        step("GET heat-map (demo 2024 cycle) vs /q/health/live of reporting-service, 8 connections");
        String token = token("planner");
        String cycle = cycleOfYear(token, 2024);
        URI uri = URI.create(REPORTING + "/reports/cycles/" + cycle + "/heat-map");
        HttpResponse<String> first = get(uri, token, null);
        int cells = cells(first.body()).size();
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("heat-map without ETag"));
        Supplier<HttpRequest> map = () -> request(uri, token, null);
        Supplier<HttpRequest> conditional = () -> request(uri, token, etag);
        Supplier<HttpRequest> live = () -> HttpRequest.newBuilder(URI.create(REPORTING + "/q/health/live")).GET().build();
        Result trivial = closedLoop(8, live, 200);
        Result full = closedLoop(8, map, 200);
        Result notModified = closedLoop(8, conditional, 304);
        ROWS.add(new Row("GET heat-map (" + cells + " cells), 8 connections", full.summary(),
                "/q/health/live, 8 connections: " + trivial.summary(), full.perSecond / trivial.perSecond,
                Map.of("case", "heat-map", "cells", cells, "suite", full.json(), "limit", trivial.json())));
        ROWS.add(new Row("GET heat-map If-None-Match -> 304, 8 connections", notModified.summary(),
                "/q/health/live, 8 connections (same figure)", notModified.perSecond / trivial.perSecond,
                Map.of("case", "heat-map-304", "suite", notModified.json(), "limit", trivial.json())));
    }

    // ------------------------------------------------------------------------------------------ 3. score -> heat-map

    /**
     * A scratch cycle (a free year 2030-2100, the statutory framework, as the end-to-end tests open them) with an
     * INITIAL round, a reviewer per theme; then scores paced open-loop. Each score flips its cell between dark and
     * light green; a cell is scored again only once its previous score was seen. One client polls the heat-map
     * back to back: a score is visible when a poll that started after its 200 shows the new colour; the latency is
     * from the 200 to the end of that poll (so it includes up to one poll of the heat-map).
     */
    static void scoreToHeatMap() throws Exception {
        step("A score's 200 -> its cell in reporting's heat-map, open-loop at 20 and 200 scores/s");
        String planner = token("planner");
        String cycle2024 = cycleOfYear(planner, 2024);
        String statutory = field(get(URI.create(REPORTING + "/reports/cycles/" + cycle2024 + "/heat-map"), planner, null).body(),
                "frameworkVersionId");
        String cycle = null;
        for (int attempt = 0; attempt < 25 && cycle == null; attempt++) {
            int year = 2030 + (int) (Math.random() * 71);
            HttpResponse<String> r = send(json(URI.create(ASSESSMENT + "/cycles"), planner, "POST", null,
                    "{\"year\":" + year + ",\"title\":\"Benchmark " + year + "\",\"frameworkVersionId\":\"" + statutory + "\"}"));
            if (r.statusCode() == 201) cycle = field(r.body(), "id");
            else if (r.statusCode() != 409) throw new IllegalStateException("POST /cycles: " + r.statusCode() + " " + r.body());
        }
        if (cycle == null) throw new IllegalStateException("no free year for a scratch cycle");
        String round = null;
        for (long end = System.nanoTime() + 60_000_000_000L; round == null && System.nanoTime() < end; ) {
            HttpResponse<String> r = send(json(URI.create(SCORING + "/rounds"), planner, "POST", null,
                    "{\"cycleId\":\"" + cycle + "\",\"name\":\"Benchmark\",\"kind\":\"INITIAL\"}"));
            if (r.statusCode() == 201) round = field(r.body(), "roundId");
            else Thread.sleep(200);
        }
        if (round == null) throw new IllegalStateException("scoring did not learn the scratch cycle " + cycle + " in 60 s");
        URI mapUri = URI.create(REPORTING + "/reports/cycles/" + cycle + "/heat-map");
        Map<String, String> colours = new LinkedHashMap<>();
        for (long end = System.nanoTime() + 60_000_000_000L; colours.size() < 70 && System.nanoTime() < end; ) {
            HttpResponse<String> r = get(mapUri, planner, null);
            if (r.statusCode() == 200) colours = cells(r.body());
            if (colours.size() < 70) Thread.sleep(200);
        }
        List<String> codes = new ArrayList<>(colours.keySet());
        Map<String, String> reviewerTokens = new LinkedHashMap<>();
        String tag = get(URI.create(SCORING + "/rounds/" + round), planner, null).headers().firstValue("ETag").orElseThrow();
        for (String theme : codes.stream().map(c -> c.replaceAll("\\d", "")).distinct().toList()) {
            String reviewer = token("reviewer-" + theme.toLowerCase(Locale.ROOT));
            reviewerTokens.put(theme, reviewer);
            HttpResponse<String> r = send(json(URI.create(SCORING + "/rounds/" + round + "/reviewers/" + theme), planner, "PUT", tag,
                    "{\"reviewerId\":\"" + subject(reviewer) + "\"}"));
            if (r.statusCode() != 200) throw new IllegalStateException("assign " + theme + ": " + r.statusCode() + " " + r.body());
            tag = r.headers().firstValue("ETag").orElseThrow();
        }
        Cells state = new Cells(codes, reviewerTokens, round, mapUri, planner);
        state.run(50, 6);   // warm-up (scores, their relay, the consumers, the heat-map documents)
        for (int rate : new int[]{20, 200}) {
            Result r = state.run(rate, SECONDS + 2);
            ROWS.add(new Row("score 200 -> cell visible in heat-map, " + rate + " scores/s", r.summary()
                    + String.format(" (%d seen of %d sent, %d errors; %d not sent: every cell pending)", r.count(),
                    state.sent.get(), state.errors.get(), r.skipped),
                    "- (detected by one client polling the heat-map back to back, mean poll " + String.format("%.1f ms)", state.meanPollMs()),
                    null, Map.of("case", "score-visible", "rate", rate, "suite", r.json(), "sent", state.sent.get(),
                    "errors", state.errors.get(), "notSent", r.skipped, "meanPollMs", round1(state.meanPollMs()))));
        }
    }

    /** The open-loop scorer and the heat-map poller of {@link #scoreToHeatMap}. */
    static final class Cells {
        final List<String> codes;
        final Map<String, String> reviewers;
        final String round;
        final URI map;
        final String planner;
        final Map<String, String> etag = new ConcurrentHashMap<>();
        final Map<String, String> colour = new ConcurrentHashMap<>();
        /** code -> nanoTime of the 200 of its score not yet seen in the heat-map (absent: the cell is free). */
        final Map<String, Long> pending = new ConcurrentHashMap<>();
        final Map<String, Boolean> inFlight = new ConcurrentHashMap<>();
        final AtomicLong sent = new AtomicLong(), errors = new AtomicLong(), polls = new AtomicLong(), pollNanos = new AtomicLong();
        List<Long> seen;

        Cells(List<String> codes, Map<String, String> reviewers, String round, URI map, String planner) {
            this.codes = codes;
            this.reviewers = reviewers;
            this.round = round;
            this.map = map;
            this.planner = planner;
            for (String c : codes) etag.put(c, "0");
        }

        double meanPollMs() {
            return polls.get() == 0 ? 0 : pollNanos.get() / 1e6 / polls.get();
        }

        Result run(int rate, int seconds) throws Exception {
            quiet();
            for (long end = System.nanoTime() + 30_000_000_000L; !inFlight.isEmpty() && System.nanoTime() < end; ) Thread.sleep(10);
            seen = java.util.Collections.synchronizedList(new ArrayList<>());
            sent.set(0);
            errors.set(0);
            long skipped = 0;
            AtomicBoolean polling = new AtomicBoolean(true);
            Thread poller = new Thread(() -> {
                while (polling.get() || !pending.isEmpty()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = get(map, planner, null);
                        long end = System.nanoTime();
                        polls.incrementAndGet();
                        pollNanos.addAndGet(end - start);
                        Map<String, String> now = cells(r.body());
                        for (var p : pending.entrySet()) {
                            if (p.getValue() < start && colour.get(p.getKey()).equals(now.get(p.getKey()))) {
                                if (pending.remove(p.getKey(), p.getValue())) seen.add(end - p.getValue());
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (!polling.get() && System.nanoTime() > stopBy) break;
                }
            });
            stopBy = Long.MAX_VALUE;
            poller.start();
            long interval = 1_000_000_000L / rate, t0 = System.nanoTime();
            int next = 0;
            for (long i = 0; i < (long) rate * seconds; i++) {
                long due = t0 + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                String code = null;
                for (int k = 0; k < codes.size() && code == null; k++) {
                    String c = codes.get((next + k) % codes.size());
                    if (!pending.containsKey(c) && !inFlight.containsKey(c)) code = c;
                }
                next++;
                if (code == null) {
                    skipped++;
                    continue;
                }
                score(code);
            }
            stopBy = System.nanoTime() + 10_000_000_000L;
            while (!inFlight.isEmpty() && System.nanoTime() < stopBy) Thread.sleep(5);
            polling.set(false);
            poller.join();
            pending.clear();
            long[] nanos = seen.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Result(nanos.length / (double) seconds, nanos, skipped);
        }

        volatile long stopBy;

        void score(String code) {
            inFlight.put(code, true);
            String next = "DARK_GREEN".equals(colour.get(code)) ? "LIGHT_GREEN" : "DARK_GREEN";
            HttpRequest put = json(URI.create(SCORING + "/rounds/" + round + "/scores/" + code),
                    reviewers.get(code.replaceAll("\\d", "")), "PUT", etag.get(code),
                    "{\"colour\":\"" + next + "\",\"rationale\":\"Benchmark score\"}");
            sent.incrementAndGet();
            HTTP.sendAsync(put, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                long at = System.nanoTime();
                if (e == null && r.statusCode() == 200) {
                    etag.put(code, r.headers().firstValue("ETag").orElseThrow());
                    colour.put(code, next);
                    pending.put(code, at);
                } else if (errors.incrementAndGet() <= 3) {
                    System.out.println("  score " + code + ": " + (e != null ? e : r.statusCode() + " " + r.body()));
                }
                inFlight.remove(code);
            });
        }
    }

    // ------------------------------------------------------------------------------------------ 4. event store, replay

    /**
     * The kit's and reporting's benchmarks live in their modules' test trees (they need the test helpers
     * PostgresDatabase, KafkaBroker, CouncilHistory): compiled and their classpaths written by one Maven run, before
     * any measurement, then each run in its own JVM.
     */
    static void prepare() throws Exception {
        step("Compiling the event store and replay benchmarks (Maven, before any measurement)");
        maven(List.of("-pl", "eventkit-testing,eventkit,reporting-service", "test-compile",
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.outputFile=target/bench.classpath", "-Dmdep.includeScope=test"), Map.of());
    }

    static String benchmark(String module, String mainClass, List<String> options, List<String> args, Map<String, String> env)
            throws Exception {
        Path dir = ROOT.resolve(module);
        String cp = dir.resolve("target/test-classes") + ":" + dir.resolve("target/classes") + ":"
                + Files.readString(dir.resolve("target/bench.classpath")).trim();
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", cp));
        cmd.addAll(options);
        cmd.add(mainClass);
        cmd.addAll(args);
        return run(ROOT, cmd, env);
    }

    /** The kit's own benchmark (eventkit's test tree); its table is parsed. */
    static void eventStore() throws Exception {
        step("Event store append vs bare INSERT (eventkit's EventStoreBenchmark, 3 s per case)");
        String out = benchmark("eventkit", "org.bestvalue.eventkit.bench.EventStoreBenchmark", List.of("-Dbench.seconds=3"),
                List.of(), Map.of());
        Map<Integer, double[]> byWriters = new LinkedHashMap<>();
        Matcher insert = Pattern.compile("(?m)^bare single-row INSERT tx\\s+(\\d+)\\s+([\\d.]+)").matcher(out);
        while (insert.find()) byWriters.put(Integer.parseInt(insert.group(1)), new double[]{Double.parseDouble(insert.group(2)), 0});
        Matcher append = Pattern.compile("(?m)^append, one stream per writer\\s+(\\d+)\\s+([\\d.]+)").matcher(out);
        while (append.find()) byWriters.get(Integer.parseInt(append.group(1)))[1] = Double.parseDouble(append.group(2));
        if (byWriters.isEmpty()) throw new IllegalStateException("EventStoreBenchmark printed no table");
        byWriters.forEach((writers, f) -> ROWS.add(new Row("event store append, " + writers + " writer" + (writers > 1 ? "s" : ""),
                String.format("%,.0f/s", f[1]), String.format("bare INSERT tx: %,.0f/s", f[0]), f[1] / f[0],
                Map.of("case", "event-store-append", "writers", writers, "perSecond", f[1], "insertPerSecond", f[0]))));
    }

    /** Reporting's replay benchmark (its test tree): generated councils' events through the projection code. */
    static void replay() throws Exception {
        step(String.format("Reporting replay of %,d generated events (reporting-service's ReplayBenchmark)", REPLAY_EVENTS));
        // BV_KAFKA empty: a broker inside the benchmark's JVM, so the generated topics do not stay on the suite's Kafka.
        String out = benchmark("reporting-service", "org.bestvalue.reporting.bench.ReplayBenchmark", List.of(),
                List.of(Long.toString(REPLAY_EVENTS)), Map.of("BV_KAFKA", ""));
        Matcher m = Pattern.compile("REPLAY: ([\\d,]+) events .* in ([\\d.]+) s = ([\\d,]+) events/s").matcher(out);
        if (!m.find()) throw new IllegalStateException("ReplayBenchmark printed no REPLAY line");
        long events = Long.parseLong(m.group(1).replace(",", ""));
        double seconds = Double.parseDouble(m.group(2));
        double rate = Double.parseDouble(m.group(3).replace(",", ""));
        ROWS.add(new Row(String.format("reporting replay, %,d events", events), String.format("%,.0f events/s (%.1f s)", rate, seconds),
                "-", null, Map.of("case", "replay", "events", events, "seconds", seconds, "perSecond", rate)));
    }

    // ------------------------------------------------------------------------------------------ 5. processes

    static void processes() throws Exception {
        for (String svc : List.of("assessment-service", "scoring-service", "action-service", "reporting-service", "edge")) {
            Path pidFile = ROOT.resolve(".run/pids/" + svc + ".pid");
            if (!Files.exists(pidFile)) continue;
            String pid = Files.readString(pidFile).trim();
            long rssKb = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) rssKb = Long.parseLong(line.replaceAll("\\D", ""));
            }
            Double startedIn = null;
            Path log = ROOT.resolve(".run/logs/" + svc + ".log");
            if (Files.exists(log)) {
                Matcher m = Pattern.compile("started in ([\\d.]+)s").matcher(Files.readString(log));
                while (m.find()) startedIn = Double.parseDouble(m.group(1));
            }
            ROWS.add(new Row(svc + ": RSS, start", String.format("%d MB, started in %s", rssKb / 1024,
                    startedIn == null ? "?" : startedIn + " s"), "-", null,
                    Map.of("case", "process", "service", svc, "rssMB", rssKb / 1024, "startSeconds", startedIn == null ? -1 : startedIn)));
        }
    }

    // ------------------------------------------------------------------------------------------ load and figures

    record Result(double perSecond, long[] nanos, long skipped) {
        int count() {
            return nanos.length;
        }

        double percentileMs(double p) {
            if (nanos.length == 0) return Double.NaN;
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
        }

        String summary() {
            return String.format("%,.0f/s, p50 %.1f ms, p99 %.1f ms", perSecond, percentileMs(0.5), percentileMs(0.99));
        }

        Map<String, Object> json() {
            return Map.of("perSecond", round1(perSecond), "p50ms", round1(percentileMs(0.5)), "p99ms", round1(percentileMs(0.99)),
                    "count", nanos.length);
        }
    }

    /** {@code connections} clients, each sending the next request when the previous answered; warm-up, then measured. */
    static Result closedLoop(int connections, Supplier<HttpRequest> request, int expected) throws Exception {
        quiet();
        loop(connections, request, expected, WARMUP);
        return loop(connections, request, expected, SECONDS);
    }

    static Result loop(int connections, Supplier<HttpRequest> request, int expected, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> all = new ArrayList<>();
        AtomicLong wrong = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            long[] mine = new long[1_000_000];
            all.add(mine);
            Thread t = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end && n < mine.length - 1) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = HTTP.send(request.get(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != expected) {
                            if (wrong.incrementAndGet() < 3) System.out.println("  answered " + r.statusCode() + ", expected " + expected);
                            continue;
                        }
                    } catch (IOException | InterruptedException e) {
                        wrong.incrementAndGet();
                        continue;
                    }
                    mine[++n] = System.nanoTime() - t0;
                }
                mine[0] = n;
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] nanos = all.stream().flatMapToLong(a -> Arrays.stream(a, 1, (int) a[0] + 1)).sorted().toArray();
        return new Result(nanos.length / elapsed, nanos, wrong.get());
    }

    // ------------------------------------------------------------------------------------------ output

    static void print(Instant started, String loadBefore, String loadAfter) throws IOException {
        String stamp = started.toString().replace(":", "").replaceAll("\\.\\d+", "");
        System.out.println();
        System.out.printf("| %-52s | %-62s | %-62s | %-6s |%n", "path", "the suite", "the limit, same run", "ratio");
        System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(54), "-".repeat(64), "-".repeat(64), "-".repeat(8));
        for (Row r : ROWS) {
            System.out.printf("| %-52s | %-62s | %-62s | %-6s |%n", r.path, r.suite, r.limit,
                    r.ratio == null ? "-" : String.format("%.3f", r.ratio));
        }
        System.out.printf("load average before %s, after %s; %d cores; %.0f s%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors(), Duration.between(started, Instant.now()).toMillis() / 1000.0);
        StringBuilder json = new StringBuilder("{\"at\":\"" + started + "\",\"cores\":" + Runtime.getRuntime().availableProcessors()
                + ",\"loadBefore\":\"" + loadBefore + "\",\"loadAfter\":\"" + loadAfter + "\",\"rows\":[");
        for (int i = 0; i < ROWS.size(); i++) {
            Row r = ROWS.get(i);
            Map<String, Object> o = new LinkedHashMap<>(r.json);
            o.put("path", r.path);
            if (r.ratio != null) o.put("ratio", round1000(r.ratio));
            json.append(i > 0 ? "," : "").append(toJson(o));
        }
        json.append("]}");
        System.out.println("BENCH-JSON " + json);
        Path dir = ROOT.resolve(".run/bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-" + stamp + ".json");
        Files.writeString(file, json + "\n");
        System.out.println("written to " + ROOT.relativize(file));
    }

    @SuppressWarnings("unchecked")
    static String toJson(Object o) {
        if (o instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            for (var e : ((Map<String, Object>) m).entrySet()) {
                if (b.length() > 1) b.append(',');
                b.append('"').append(e.getKey()).append("\":").append(toJson(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (o instanceof Number n) return Double.isNaN(n.doubleValue()) ? "null" : n.toString();
        return "\"" + String.valueOf(o).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }

    static double round1000(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * Waits (at most 30 s) until the machine is quiet, CPU idle at least 60 % over a second: the consumers and the
     * relays have caught up with the load of the case before, so it does not weigh on the next one.
     */
    static void quiet() throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 30_000_000_000L) {
            long[] a = cpuTicks();
            Thread.sleep(1000);
            long[] b = cpuTicks();
            double idle = (double) (b[1] - a[1]) / Math.max(1, b[0] - a[0]);
            if (idle >= 0.6) break;
        }
        long waited = (System.nanoTime() - start) / 1_000_000_000L;
        if (waited > 1) System.out.println("    waited " + waited + " s for the machine to be quiet (CPU idle >= 60 %)");
    }

    /** Total and idle (idle + iowait) jiffies of all CPUs, from /proc/stat. */
    static long[] cpuTicks() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) total += Long.parseLong(f[i]);
        return new long[]{total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }

    static void step(String what) {
        System.out.printf("==> %s (load %s)%n", what, loadAverage());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** A demo user's access token: the password grant of the demo realm's bv-scripts client, as deploy/suite does. */
    static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=bv-scripts&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = field(r.body(), "access_token");
        if (token == null) throw new IllegalStateException("no token for " + user + ": " + r.body());
        return token;
    }

    static String subject(String token) {
        return field(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8), "sub");
    }

    static String cycleOfYear(String token, int year) throws Exception {
        String body = get(URI.create(REPORTING + "/reports/cycles?sort=year&size=200"), token, null).body();
        Matcher m = Pattern.compile("\\{[^{}]*\"year\":" + year + "[^{}]*\\}").matcher(body);
        if (!m.find()) throw new IllegalStateException("no " + year + " cycle in reporting (is the demo data loaded?): " + body);
        return field(m.group(), "cycleId");
    }

    /** The first string value of a field in a JSON text (enough for the ids and tokens the bench reads). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The heat-map's scored cells (not cross-references): code -> colour ("null" where unscored). */
    static Map<String, String> cells(String heatMap) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] chunks = heatMap.split("\\{\"code\":\"");
        for (int i = 1; i < chunks.length; i++) {
            String code = chunks[i].substring(0, Math.max(0, chunks[i].indexOf('"')));
            if (!code.matches("[A-Z]+\\d+") || chunks[i].contains("\"crossReferenceTo\":\"")) continue;
            out.put(code, String.valueOf(field(chunks[i], "colour")));
        }
        return out;
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    static HttpRequest request(URI uri, String token, String ifNoneMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
        return b.GET().build();
    }

    static HttpResponse<String> get(URI uri, String token, String ifNoneMatch) throws Exception {
        return send(request(uri, token, ifNoneMatch));
    }

    static HttpRequest json(URI uri, String token, String method, String ifMatch, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) b.header("If-Match", ifMatch);
        return b.build();
    }

    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    static String maven(List<String> args, Map<String, String> env) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "-q"));
        if (System.getenv("BV_MAVEN_OFFLINE") != null) cmd.add("-o");
        cmd.addAll(args);
        return run(ROOT, cmd, env);
    }

    /** Runs a command in a folder, its output echoed indented and answered; fails on a non-zero exit. */
    static String run(Path dir, List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.append(line).append('\n');
                if (!line.isBlank()) System.out.println("    " + line);
            }
        }
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", cmd) + " exited with " + p.exitValue());
        return out.toString();
    }

    private Bench() {
    }
}
