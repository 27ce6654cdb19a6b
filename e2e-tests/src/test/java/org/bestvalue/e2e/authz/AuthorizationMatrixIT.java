package org.bestvalue.e2e.authz;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.e2e.Suite;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorization matrix: every operation of the four services' served OpenAPI documents × no token, every
 * council role of council demo-borough on its own data ("own") and of council other-district on demo-borough's
 * data ("other"), and the platform operator, answered as {@code src/test/resources/authorization-matrix.csv}
 * says. That table is reviewed by a human: one row per operation ({@code <service> <METHOD> <path>}), one column
 * per caller; a role cell is {@code <own>/<other>}, the anonymous and operator cells one outcome. Outcomes:
 * {@code allow} (anything but 401/403/404: the request reached the operation's own checks), {@code 403},
 * {@code 401}, {@code 404} (the id is not the caller's council's: another council's data is never reached).
 *
 * <p>The test fails when an operation is served with no row (review the new endpoint and add its row), when a
 * row names an operation no longer served, or when any cell differs; {@code target/authorization-matrix.actual.csv}
 * holds what the suite answered and {@code target/authorization-matrix.openapi.csv} what the documents' security
 * predicts, to compare. An answer of 2xx to another council's user must not name any of demo-borough's ids.
 *
 * <p>No request changes the demo data (checked: each service's {@code events} count is the same before and
 * after): writes carry the harmless request of {@link Probes} (a stale {@code If-Match}, or a body the rules
 * refuse), and the few idempotent operations without input (the demo frameworks' import, rebuilds, dead-letter
 * replays) are performed; the reporting rebuild is waited for. About 1,700 requests, a few seconds.
 */
class AuthorizationMatrixIT {
    static final String TABLE = "/authorization-matrix.csv";

    @Test
    void everyOperationAnswersEveryCallerAsTheReviewedTableSays() throws Exception {
        List<ApiOperation> ops = ApiOperation.all();
        DemoIds ids = DemoIds.find();
        // Council other-district's first import of the demo frameworks is a change; every later one is not.
        Calls.send(Calls.request(Suite.assessment() + "/frameworks/import-demo", "POST", "od-admin", null, Map.of("Accept", "application/json")));
        Map<String, Map<String, String>> expected = readTable();
        List<String> columns = Callers.columns();

        List<String> problems = new ArrayList<>();
        Map<String, ApiOperation> served = new LinkedHashMap<>();
        for (ApiOperation op : ops) served.put(op.key(), op);
        for (String key : served.keySet()) {
            if (!expected.containsKey(key)) problems.add("served but not in the table (review it, add its row): " + key);
        }
        for (String key : expected.keySet()) {
            if (!served.containsKey(key)) problems.add("in the table but no longer served (remove its row): " + key);
        }

        Map<String, Long> before = EventCounts.settled();
        Map<String, Map<String, String>> actual = new ConcurrentHashMap<>();
        Map<String, String> detail = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (ApiOperation op : ops) {
                Probes.Probe probe = Probes.of(op, ids);
                for (Callers.Caller caller : Callers.all()) {
                    Runnable call = () -> {
                        Calls.Answer a = Calls.send(Calls.request(probe.url(Suite.url(op.service())), probe.method(), caller.user(),
                                probe.body(), probe.headers()));
                        String outcome = outcome(a.status());
                        if ("other".equals(caller.side()) && a.status() / 100 == 2 && op.secured()) {
                            for (String secret : ids.secrets()) {
                                if (a.body() != null && a.body().contains(secret)) {
                                    outcome = "leak";
                                    break;
                                }
                            }
                        }
                        actual.computeIfAbsent(op.key(), k -> new ConcurrentHashMap<>()).put(caller.label(), outcome);
                        detail.put(op.key() + " " + caller.label(), a.status() + " " + a.json().path("type").asText(""));
                    };
                    // The performed operations run one at a time, in order; the rest four at a time.
                    if (Probes.EXECUTED.contains(op.key())) call.run();
                    else pending.add(pool.submit(call));
                }
            }
            for (Future<?> f : pending) f.get();
        } finally {
            pool.shutdown();
        }
        awaitReportingRebuild();
        Map<String, Long> after = EventCounts.settled();

        Map<String, Map<String, String>> actualCells = new TreeMap<>();
        int requests = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (ApiOperation op : ops) {
            Map<String, String> got = actual.get(op.key());
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : columns) {
                String cell = column.equals("anonymous") || column.equals(Callers.OPERATOR) ? got.get(column)
                        : got.get(column + "/own") + "/" + got.get(column + "/other");
                cells.put(column, cell);
            }
            for (String o : got.values()) {
                requests++;
                outcomes.merge(o, 1, Integer::sum);
            }
            actualCells.put(op.key(), cells);
            Map<String, String> want = expected.get(op.key());
            if (want == null) continue;
            for (String column : columns) {
                if (!cells.get(column).equals(want.get(column))) {
                    String side = column.equals("anonymous") || column.equals(Callers.OPERATOR) ? column : column + "/own";
                    problems.add(op.key() + " | " + column + ": expected " + want.get(column) + ", got " + cells.get(column)
                            + " (" + detail.get(op.key() + " " + side)
                            + (side.endsWith("/own") ? "; other " + detail.get(op.key() + " " + column + "/other") : "") + ")");
                }
            }
        }
        write("authorization-matrix.actual.csv", actualCells, columns);
        write("authorization-matrix.openapi.csv", predicted(ops), columns);
        System.out.printf("Authorization matrix: %d operations x %d callers (%d roles x own/other council, anonymous, operator) = %d requests; outcomes %s%n",
                ops.size(), Callers.all().size(), Callers.OWN.size(), requests, outcomes);

        assertEquals(before, after, "the matrix changed the demo data (events appended)");
        if (!problems.isEmpty()) {
            fail(problems.size() + " difference(s) from " + TABLE + " (what the suite answered: target/authorization-matrix.actual.csv):\n  "
                    + String.join("\n  ", problems));
        }
        assertTrue(ops.size() > 50, "the documents list " + ops.size() + " operations");
    }

    static String outcome(int status) {
        return switch (status) {
            case 401 -> "401";
            case 403 -> "403";
            case 404 -> "404";
            default -> status >= 500 || status < 0 ? "error-" + status : "allow";
        };
    }

    /** What the documents' security alone predicts: the roles named may, others 403; another council's id 404. */
    static Map<String, Map<String, String>> predicted(List<ApiOperation> ops) {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (ApiOperation op : ops) {
            Map<String, String> cells = new LinkedHashMap<>();
            boolean tenantIds = op.path().matches(".*\\{(id|cycleId|roundId|actionId|opportunityId|evidenceId)}.*") && op.secured();
            cells.put("anonymous", op.secured() ? "401" : "allow");
            for (String role : Callers.OWN.keySet()) {
                boolean may = !op.secured() || op.roles().contains(role);
                cells.put(role, may ? (tenantIds ? "allow/404" : "allow/allow") : "403/403");
            }
            cells.put(Callers.OPERATOR, !op.secured() || op.roles().contains(Callers.OPERATOR) ? "allow" : "403");
            rows.put(op.key(), cells);
        }
        return rows;
    }

    static Map<String, Map<String, String>> readTable() throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("no " + TABLE + " on the test classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> cells = List.of(line.split(",", -1));
                if (header == null) {
                    header = cells;
                    assertEquals(columnsHeader(), header, TABLE + ": the header");
                    continue;
                }
                if (cells.size() != header.size()) throw new IllegalStateException(TABLE + ": wrong number of cells: " + line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i < cells.size(); i++) row.put(header.get(i), cells.get(i).trim());
                if (rows.put(cells.get(0).trim(), row) != null) throw new IllegalStateException(TABLE + ": two rows for " + cells.get(0));
            }
        }
        return rows;
    }

    static List<String> columnsHeader() {
        List<String> h = new ArrayList<>();
        h.add("operation");
        h.addAll(Callers.columns());
        return h;
    }

    static void write(String name, Map<String, Map<String, String>> rows, List<String> columns) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        StringBuilder b = new StringBuilder(String.join(",", columnsHeader())).append('\n');
        rows.forEach((key, cells) -> {
            b.append(key);
            for (String c : columns) b.append(',').append(cells.get(c));
            b.append('\n');
        });
        Files.writeString(out, b.toString());
    }

    /** The operator's rebuild of reporting runs on after its 202: wait for it, so later tests read a settled suite. */
    static void awaitReportingRebuild() {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            Calls.Answer a = Calls.send(Calls.request(Suite.url("reporting-service") + "/admin/projections/rebuild", "GET",
                    Callers.OPERATOR, null, Map.of("Accept", "application/json")));
            JsonNode status = a.json();
            if (a.status() != 200 || !"RUNNING".equalsIgnoreCase(status.path("state").asText())) return;
            EventCounts.sleep(500);
        }
        fail("reporting's rebuild did not finish in 180 s");
    }
}
