package org.bestvalue.e2e.authz;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.e2e.Suite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Real ids of council {@code demo-borough}'s demo data (deploy/demo/load): the 2025 cycle (with narratives, a
 * closed round, opportunities and actions), the published 2024 cycle for the public views, and one
 * of each resource under them. Found through the APIs as the planner; the matrix and the fuzz test put them in
 * every path.
 */
record DemoIds(String council, String cycle, String publishedCycle, String framework, String predecessorFramework,
               String code, String theme, String evidence, String linkedEvidence, String round, String opportunity,
               String action, String thread) {
    static final String COUNCIL = "demo-borough";
    static final String READER = "planner";

    static DemoIds find() {
        JsonNode cycles = get("assessment-service", "/cycles?size=200");
        String cycle = null, published = null, framework = null;
        for (JsonNode c : cycles.path("items")) {
            // The loader's two years: 2025 is the working cycle, 2024 the published one.
            if (c.path("year").asInt() == 2025) {
                cycle = c.path("id").asText();
                framework = c.path("frameworkVersionId").asText();
            }
            if (c.path("year").asInt() == 2024 && !c.path("publishedAsOf").isNull()) published = c.path("id").asText();
        }
        require(cycle != null && published != null, "demo-borough has no 2025 cycle or no published 2024 cycle: load the demo data (deploy/demo/load)");
        String predecessor = get("assessment-service", "/frameworks/" + framework).path("predecessorId").asText(null);
        String code = "CI001";
        String linked = get("assessment-service", "/cycles/" + cycle + "/narratives/" + code + "/evidence").path("items").path(0).path("id").asText(null);
        String evidence = get("assessment-service", "/evidence?size=1").path("items").path(0).path("id").asText(null);
        String round = null;
        for (JsonNode r : get("scoring-service", "/rounds?cycleId=" + cycle).path("items")) round = r.path("roundId").asText();
        String opportunity = null, action = null;
        for (String c : new String[]{cycle, published}) {
            for (JsonNode row : get("action-service", "/cycles/" + c + "/action-plan").path("rows")) {
                if (opportunity == null) opportunity = row.path("opportunityId").asText(null);
                if (action == null && !row.path("actionId").isNull()) action = row.path("actionId").asText(null);
            }
        }
        // The CI reviewer's comment on CI001 (the loader's, after the 2025 snapshot).
        String thread = get("assessment-service", "/cycles/" + cycle + "/narratives/" + code + "/threads?size=1").path("items").path(0)
                .path("id").asText(null);
        DemoIds ids = new DemoIds(COUNCIL, cycle, published, framework, predecessor, code, "CI", evidence,
                linked == null ? evidence : linked, round, opportunity, action, thread);
        for (Map.Entry<String, String> e : ids.named().entrySet()) require(e.getValue() != null, "no demo " + e.getKey() + " found");
        return ids;
    }

    /** The value of a path parameter of an operation: {@code id} depends on the collection it names. */
    String pathValue(String path, String name) {
        return switch (name) {
            case "cycleId" -> path.startsWith("/public/") ? publishedCycle : cycle;
            case "id" -> path.startsWith("/evidence") ? evidence : path.startsWith("/frameworks") ? framework : cycle;
            case "code" -> path.startsWith("/problems") ? "not-found" : code;
            case "themeCode" -> theme;
            case "evidenceId" -> linkedEvidence;
            case "roundId" -> round;
            case "opportunityId" -> opportunity;
            case "actionId" -> action;
            case "threadId" -> thread;
            case "councilId" -> council;
            // The sector benchmark: the council's own framework version; the public one by the shipped guidance's label.
            case "frameworkVersionId" -> framework;
            case "label" -> "statutory-2024";
            // The planner is recorded as the workstream lead on every demo narrative.
            case "userId" -> org.bestvalue.e2e.DemoRealm.user("planner").id();
            default -> throw new IllegalStateException("no demo value for path parameter {" + name + "} of " + path
                    + ": add it to DemoIds.pathValue");
        };
    }

    /** The path of an operation with every parameter replaced by the demo id. */
    String concrete(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(pathValue(path, m.group(1))));
        m.appendTail(out);
        return out.toString();
    }

    Map<String, String> named() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cycle", cycle);
        m.put("published cycle", publishedCycle);
        m.put("framework", framework);
        m.put("predecessor framework", predecessorFramework);
        m.put("evidence", evidence);
        m.put("round", round);
        m.put("opportunity", opportunity);
        m.put("action", action);
        m.put("comment thread", thread);
        return m;
    }

    /** Strings that must never appear in an answer to another council's user. */
    Set<String> secrets() {
        Set<String> s = new TreeSet<>(named().values());
        s.add(council);
        return s;
    }

    private static JsonNode get(String service, String path) {
        Calls.Answer a = Calls.send(Calls.request(Suite.url(service) + path, "GET", READER, null, Map.of("Accept", "application/json")));
        require(a.status() == 200, service + " GET " + path + " as " + READER + ": " + a.status() + " " + a.body());
        return a.json();
    }

    private static void require(boolean ok, String what) {
        if (!ok) throw new IllegalStateException(what);
    }
}
