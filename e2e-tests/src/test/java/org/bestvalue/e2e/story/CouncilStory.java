package org.bestvalue.e2e.story;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.bestvalue.e2e.Keycloak;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.bestvalue.e2e.story.Api.as;
import static org.bestvalue.e2e.story.Api.etag;
import static org.bestvalue.e2e.story.Api.eventually;
import static org.bestvalue.e2e.story.Api.expect;
import static org.bestvalue.e2e.story.Api.ok;
import static org.bestvalue.e2e.story.CouncilScores.*;

/**
 * The council's two years, told through the public REST APIs with the demo users' real tokens:
 * the 2024 self-assessment as its committee report describes it, then the 2025 re-assessment carried
 * forward and compared year on year. Loading twice is safe: a council that has its 2024 and 2025
 * cycles is left as it is.
 */
public final class CouncilStory {
    static final String ASSESSMENT = "assessment-service", SCORING = "scoring-service", ACTIONS = "action-service";
    static final Duration CATCH_UP = Duration.ofSeconds(90);
    static final List<String> THEMES = List.of("CI", "L", "G", "C", "R", "SD", "PCE");

    /** What the story made, for the checks and the demo's printout. */
    public record Outcome(String statutoryId, String draftId, String revisedId, String cycle2024, String cycle2025, String round2024,
                          String round2025, boolean loadedNow, int requests, long millis) {
    }

    /** A scored characteristic of the framework. */
    record Characteristic(String code, String themeCode) {
    }

    private final List<Characteristic> scored = new ArrayList<>();
    private final List<String> evidence = new ArrayList<>();

    public static Outcome ensureLoaded() {
        long started = System.nanoTime();
        int before = Api.REQUESTS.get();
        CouncilStory story = new CouncilStory();
        JsonNode demo = ok(as("admin", ASSESSMENT).post("/frameworks/import-demo"), "import the demo frameworks");
        String statutory = demo.path("statutory").path("id").asText();
        String draft = demo.path("draft").path("id").asText();
        String revised = demo.path("revised").path("id").asText();

        Map<Integer, String> cycles = story.cyclesByYear();
        if (cycles.containsKey(2024) && cycles.containsKey(2025)) {
            return new Outcome(statutory, draft, revised, cycles.get(2024), cycles.get(2025), story.roundOf(cycles.get(2024)),
                    story.roundOf(cycles.get(2025)), false, Api.REQUESTS.get() - before, millisSince(started));
        }
        if (cycles.containsKey(2024) || cycles.containsKey(2025)) {
            throw new IllegalStateException("The demo council has part of the story (" + cycles.keySet()
                    + "); start from empty databases to load it (deploy/suite reset).");
        }
        story.scored.addAll(readFramework(statutory, 73));
        String c2024 = story.year2024(statutory);
        String r2024 = story.roundOf(c2024);
        story.actionPlan2024(c2024);
        String c2025 = story.year2025(c2024, revised);
        return new Outcome(statutory, draft, revised, c2024, c2025, r2024, story.roundOf(c2025), true,
                Api.REQUESTS.get() - before, millisSince(started));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    Map<Integer, String> cyclesByYear() {
        Map<Integer, String> out = new LinkedHashMap<>();
        // Oldest year first, so 2024 and 2025 are on the first page whatever scratch cycles later years hold.
        for (JsonNode c : ok(as("planner", ASSESSMENT).queryParam("sort", "year").queryParam("size", 200).get("/cycles"),
                "list cycles").path("items")) {
            out.put(c.path("year").asInt(), c.path("id").asText());
        }
        return out;
    }

    String roundOf(String cycleId) {
        JsonNode rounds = ok(as("planner", SCORING).queryParam("cycleId", cycleId).get("/rounds"), "list rounds").path("items");
        return rounds.size() == 0 ? null : rounds.get(rounds.size() - 1).path("roundId").asText();
    }

    static List<Characteristic> readFramework(String frameworkId, int expected) {
        JsonNode fw = ok(as("planner", ASSESSMENT).get("/frameworks/" + frameworkId), "read the framework " + frameworkId);
        List<Characteristic> out = new ArrayList<>();
        for (JsonNode c : fw.path("characteristics")) {
            if (c.path("crossReferenceTo").isTextual()) continue; // G002 reads "see CI012"
            out.add(new Characteristic(c.path("code").asText(), c.path("themeCode").asText()));
        }
        if (out.size() != expected) throw new AssertionError("expected " + expected + " scored characteristics in "
                + fw.path("label").asText() + ", got " + out.size());
        return out;
    }

    // ---------------------------------------------------------------- 2024

    String year2024(String frameworkId) {
        addEvidenceLibrary();
        JsonNode cycle = ok(as("planner", ASSESSMENT).body(Map.of("year", 2024, "title", "Best Value self-assessment 2024",
                "frameworkVersionId", frameworkId)).post("/cycles"), "open the 2024 cycle");
        String cycleId = cycle.path("id").asText();

        // 1. Narratives and evidence: the workstream pair drafts, workshops extend, every contributor recorded.
        for (int i = 0; i < scored.size(); i++) {
            Characteristic c = scored.get(i);
            draftNarrative(cycleId, c, i);
        }

        // 2. Independent review: one reviewer per theme, who wrote none of its narratives.
        String round = openRound(cycleId, "2024 initial scoring");
        refuseNonIndependentReviewer(round);
        assignReviewers(round);
        Map<String, String> tags = new LinkedHashMap<>();
        for (Characteristic c : scored) {
            tags.put(c.code(), score(round, c, reviewerFirst2024(c.code()), "0"));
        }

        // 3. Consistency check: the moderator confirms or revises every score.
        for (Characteristic c : scored) {
            String revised = MODERATOR_REVISES_2024.get(c.code());
            Map<String, Object> body = revised == null
                    ? Map.of("outcome", "CONFIRMED", "reason", "Consistent with the scores across all themes")
                    : Map.of("outcome", "REVISED", "colour", revised, "reason", "Consistency check: brought in line with similar characteristics");
            tags.put(c.code(), etag(check(as("moderator", SCORING).header("If-Match", tags.get(c.code())).body(body)
                    .post("/rounds/" + round + "/scores/" + c.code() + "/moderate"), 200, "moderate " + c.code())));
        }

        // 4. Leadership review of everything yellow or worse.
        pause(); // the heat-map as of this moment is the one before leadership review
        for (Characteristic c : scored) {
            String moderated = MODERATOR_REVISES_2024.getOrDefault(c.code(), reviewerFirst2024(c.code()));
            if (!needsLeadership(moderated)) continue;
            Map<String, Object> body;
            if (c.code().equals("G008")) {
                body = Map.of("decision", "REVISED", "colour", Y, "reason", "Leadership saw the constitution review's evidence");
            } else if (c.code().equals("C006")) {
                body = Map.of("decision", "MORE_EVIDENCE_REQUESTED", "reason", "Add the staff survey results to the narrative");
            } else {
                body = Map.of("decision", "CONFIRMED");
            }
            tags.put(c.code(), etag(check(as("leadership", SCORING).header("If-Match", tags.get(c.code())).body(body)
                    .post("/rounds/" + round + "/scores/" + c.code() + "/review-by-leadership"), 200, "leadership review " + c.code())));
        }
        // More evidence for C006: the narrative is updated, the reviewer rescores, and it goes round again.
        reviseNarrative(cycleId, "C006", "Updated after leadership review: the 2024 staff survey results and the "
                + "culture action plan are now in the evidence library.");
        String c006 = eventually("scoring sees C006's narrative change", CATCH_UP, () -> {
            String current = etag(check(as("reviewer-c", SCORING).get("/rounds/" + round + "/scores/C006"), 200, "read C006"));
            return etag(check(as("reviewer-c", SCORING).header("If-Match", current).body(Map.of("colour", Y,
                            "rationale", "Some evidence now; gaps in the narrative remain", "evidenceSampled", List.of(evidence.get(4))))
                    .put("/rounds/" + round + "/scores/C006"), 200, "rescore C006"));
        });
        c006 = etag(check(as("moderator", SCORING).header("If-Match", c006).body(Map.of("outcome", "CONFIRMED",
                "reason", "Consistent after the rescore")).post("/rounds/" + round + "/scores/C006/moderate"), 200, "moderate C006"));
        check(as("leadership", SCORING).header("If-Match", c006).body(Map.of("decision", "CONFIRMED"))
                .post("/rounds/" + round + "/scores/C006/review-by-leadership"), 200, "leadership confirms C006");

        // 5. Close the round, freeze the heat-map for committee, and publish it.
        closeRound(round);
        snapshotAndPublish(cycleId, true);
        return cycleId;
    }

    void addEvidenceLibrary() {
        String[][] items = {
                {"Corporate Plan 2024-2028", "DOCUMENT"}, {"Medium Term Financial Strategy", "DOCUMENT"},
                {"Constitution", "WEB_PAGE"}, {"Audit Committee annual report", "COMMITTEE_DECISION"},
                {"Staff survey 2024 results", "DATA"}, {"Residents' survey 2023", "DATA"},
                {"Performance management framework", "DOCUMENT"}, {"Partnership agreements register", "DOCUMENT"}};
        for (String[] item : items) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("title", item[0], "kind", item[1],
                    "reference", "EV-" + (evidence.size() + 1), "owner", "Business Planning, Projects and Performance",
                    "date", "2024-04-01", "description", "Part of the evidence library for the self-assessment"));
            if (item[1].equals("WEB_PAGE")) body.put("uri", "https://council.example/constitution");
            JsonNode added = ok(as("author", ASSESSMENT).body(body).post("/evidence"), "add evidence " + item[0]);
            evidence.add(added.path("id").asText());
        }
    }

    void draftNarrative(String cycleId, Characteristic c, int index) {
        String path = "/cycles/" + cycleId + "/narratives";
        Response drafted = check(as("author", ASSESSMENT).body(Map.of("characteristicCode", c.code(), "text",
                "Position statement for " + c.code() + ": initial narrative from the workstream team, based on general "
                        + "knowledge of the council and its services.")).post(path), 201, "draft " + c.code());
        String tag = etag(drafted);
        tag = etag(check(as("author", ASSESSMENT).header("If-Match", tag).body(Map.of("userId", Keycloak.subject("planner"),
                "role", "Head of Business Planning, Projects and Performance (workstream lead)")).post(path + "/" + c.code() + "/contributors"),
                200, "record the workstream lead on " + c.code()));
        tag = etag(check(as("author", ASSESSMENT).header("If-Match", tag).body(Map.of("userId",
                Keycloak.subject(workshopLeadOf(c.themeCode())), "role", "Head of service (workshop)"))
                .post(path + "/" + c.code() + "/contributors"), 200, "record the workshop on " + c.code()));
        if (c.code().equals("CI003")) {
            // A subject expert from the governance reviewer's own team joined this workshop.
            tag = etag(check(as("author", ASSESSMENT).header("If-Match", tag).body(Map.of("userId", Keycloak.subject("reviewer-g"),
                    "role", "Subject matter expert (workshop)")).post(path + "/" + c.code() + "/contributors"), 200, "record an expert"));
        }
        tag = etag(check(as("author", ASSESSMENT).header("If-Match", tag).body(Map.of("evidenceId", evidence.get(index % evidence.size())))
                .post(path + "/" + c.code() + "/evidence"), 200, "attach evidence to " + c.code()));
        check(as("author", ASSESSMENT).header("If-Match", tag)
                .post(path + "/" + c.code() + "/mark-ready"), 200, "mark " + c.code() + " ready for review");
    }

    void reviseNarrative(String cycleId, String code, String text) {
        String path = "/cycles/" + cycleId + "/narratives/" + code;
        String tag = etag(check(as("author", ASSESSMENT).get(path), 200, "read " + code));
        // Leadership asked for more evidence: the narrative says so until the authors have added it.
        tag = etag(check(as("leadership", ASSESSMENT).header("If-Match", tag)
                .post(path + "/request-evidence"), 200, "more evidence requested on " + code));
        tag = etag(check(as("author", ASSESSMENT).header("If-Match", tag).body(Map.of("text", text)).put(path), 200, "revise " + code));
        check(as("author", ASSESSMENT).header("If-Match", tag).post(path + "/mark-ready"),
                200, code + " ready for review again");
    }

    String openRound(String cycleId, String name) {
        // The scoring service learns the cycle from the assessment topic: wait until it has.
        JsonNode round = eventually("scoring knows the cycle", CATCH_UP, () -> ok(as("planner", SCORING).body(Map.of(
                "cycleId", cycleId, "name", name, "kind", "INITIAL")).post("/rounds"), "open round " + name));
        return round.path("roundId").asText();
    }

    void refuseNonIndependentReviewer(String round) {
        // reviewer-g contributed to CI003's narrative: they may not review the Continuous Improvement theme.
        eventually("scoring refuses a reviewer who contributed", CATCH_UP, () -> {
            String tag = etag(check(as("planner", SCORING).get("/rounds/" + round), 200, "read round"));
            Response r = as("planner", SCORING).header("If-Match", tag).body(Map.of("reviewerId", Keycloak.subject("reviewer-g")))
                    .put("/rounds/" + round + "/reviewers/CI");
            if (r.statusCode() != 409 || !r.asString().contains("CI003")) {
                throw new AssertionError("expected 409 naming CI003, got " + r.statusCode() + " " + r.asString());
            }
            return r;
        });
    }

    void assignReviewers(String round) {
        for (String theme : THEMES) {
            String tag = etag(check(as("planner", SCORING).get("/rounds/" + round), 200, "read round"));
            check(as("planner", SCORING).header("If-Match", tag).body(Map.of("reviewerId", Keycloak.subject(reviewerOf(theme))))
                    .put("/rounds/" + round + "/reviewers/" + theme), 200, "assign the " + theme + " reviewer");
        }
    }

    String score(String round, Characteristic c, String colour, String ifMatch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("colour", colour);
        body.put("rationale", rationale(colour));
        body.put("evidenceSampled", List.of(evidence.get(Math.abs(c.code().hashCode()) % evidence.size())));
        if (GREY.equals(colour)) {
            body.put("greyJustification", c.code().equals("L009")
                    ? "All-out elections are a decision of full council, outside officers' control"
                    : "Driven by political decisions outside officers' control");
        }
        return etag(check(as(reviewerOf(c.themeCode()), SCORING).header("If-Match", ifMatch).body(body)
                .put("/rounds/" + round + "/scores/" + c.code()), 200, "score " + c.code()));
    }

    static String rationale(String colour) {
        return switch (colour) {
            case DG -> "Strong evidence for a comprehensive narrative; no gaps";
            case LG -> "Evidence supports the narrative, with gaps in evidence; actions follow";
            case Y -> "Some evidence, gaps in the narrative; actions follow";
            case A -> "A narrative, but it cannot be evidenced yet";
            case R -> "No evidence of success; not yet tackled";
            default -> "Outside officers' control";
        };
    }

    void closeRound(String round) {
        String tag = etag(check(as("planner", SCORING).get("/rounds/" + round), 200, "read round"));
        check(as("planner", SCORING).header("If-Match", tag).post("/rounds/" + round + "/close"), 200, "close the round");
    }

    void snapshotAndPublish(String cycleId, boolean publish) {
        String tag = etag(check(as("planner", ASSESSMENT).get("/cycles/" + cycleId), 200, "read cycle"));
        tag = etag(check(as("planner", ASSESSMENT).header("If-Match", tag).body(Map.of()).post("/cycles/" + cycleId + "/snapshots"),
                200, "snapshot the heat-map"));
        if (publish) {
            check(as("planner", ASSESSMENT).header("If-Match", tag).body(Map.of()).post("/cycles/" + cycleId + "/publish"),
                    200, "publish the snapshot");
        }
    }

    // ---------------------------------------------------------------- the action plan

    void actionPlan2024(String cycleId) {
        // Opportunities are proposed for every final score below dark green (not grey): 58 of them.
        JsonNode opportunities = eventually("action-service proposes the opportunities", CATCH_UP, () -> {
            JsonNode list = ok(as("planner", ACTIONS).get("/cycles/" + cycleId + "/opportunities?size=200"), "list opportunities")
                    .path("items");
            if (list.size() < 58) throw new AssertionError("only " + list.size() + " opportunities so far");
            return list;
        });
        int n = 0;
        for (JsonNode o : opportunities) {
            String colour = o.path("colour").asText();
            if (!needsLeadership(colour)) continue; // the plan acts first on yellow and amber
            n++;
            String code = o.path("characteristicCode").asText();
            String theme = o.path("themeCode").asText(code.replaceAll("\\d", ""));
            String owner = workshopLeadOf(theme);
            boolean early = n % 2 == 0;
            Response planned = check(as("planner", ACTIONS).body(Map.of(
                    "description", "Close the gap on " + code + ": " + o.path("gap").asText("evidence the narrative"),
                    "officers", List.of(Keycloak.subject(owner)), "serviceArea", serviceAreaOf(theme),
                    "indicativeTimeline", early ? "2024-Q3" : "2024-Q4",
                    "start", early ? "2024-07-01" : "2024-10-01", "end", early ? "2024-09-30" : "2025-03-31"))
                    .post("/opportunities/" + o.path("opportunityId").asText() + "/actions"), 201, "plan an action for " + code);
            String actionId = Api.expect(planned, 201, "plan").path("actionId").asText();
            String tag = etag(planned);
            tag = etag(check(as("planner", ACTIONS).header("If-Match", tag).body(Map.of("system", "business-planning-tool",
                    "reference", String.format("IYA-2024-%03d", n))).post("/actions/" + actionId + "/external-references"), 200, "link"));
            if (early) {
                tag = etag(check(as(owner, ACTIONS).header("If-Match", tag).body(Map.of("on", "2024-07-08"))
                        .post("/actions/" + actionId + "/start"), 200, "start " + code));
                tag = etag(check(as(owner, ACTIONS).header("If-Match", tag).body(Map.of("on", "2024-09-01", "percent", 60,
                        "rag", "GREEN", "note", "On track: evidence being gathered")).post("/actions/" + actionId + "/progress-reports"),
                        200, "progress on " + code));
                if (n % 4 == 0) {
                    check(as(owner, ACTIONS).header("If-Match", tag).body(Map.of("on", "2024-09-27",
                            "completionNote", "Evidence added to the library and the narrative updated"))
                            .post("/actions/" + actionId + "/complete"), 200, "complete " + code);
                }
            }
        }
    }

    // ---------------------------------------------------------------- 2025

    String year2025(String cycle2024, String revisedFramework) {
        // The council re-assesses on its own 2025 list: carrying forward goes through its mapping onto the
        // statutory version, so merged characteristics start from both narratives and L009 is left behind.
        List<Characteristic> scored2025 = readFramework(revisedFramework, 69);
        JsonNode carried = ok(as("planner", ASSESSMENT).body(Map.of("year", 2025, "title", "Best Value self-assessment 2025",
                "frameworkVersionId", revisedFramework)).post("/cycles/" + cycle2024 + "/carry-forward"), "carry the cycle forward to 2025");
        String cycleId = carried.path("cycle").path("id").asText();
        List<String> dropped = new ArrayList<>();
        carried.path("dropped").forEach(d -> dropped.add(d.asText()));
        if (!dropped.equals(REMOVED_2025)) throw new AssertionError("carry forward dropped " + dropped + ", expected " + REMOVED_2025);
        for (Characteristic c : scored2025) {
            if (ADDED_2025.contains(c.code())) draftNew2025(cycleId, c);
        }
        String round = openRound(cycleId, "2025 re-assessment");
        assignReviewers(round);
        Map<String, String> tags = new LinkedHashMap<>();
        for (Characteristic c : scored2025) tags.put(c.code(), score(round, c, final2025(c.code()), "0"));
        for (Characteristic c : scored2025) {
            tags.put(c.code(), etag(check(as("moderator", SCORING).header("If-Match", tags.get(c.code()))
                    .body(Map.of("outcome", "CONFIRMED", "reason", "Consistent across themes"))
                    .post("/rounds/" + round + "/scores/" + c.code() + "/moderate"), 200, "moderate " + c.code())));
        }
        for (Characteristic c : scored2025) {
            if (!needsLeadership(final2025(c.code()))) continue;
            check(as("leadership", SCORING).header("If-Match", tags.get(c.code())).body(Map.of("decision", "CONFIRMED"))
                    .post("/rounds/" + round + "/scores/" + c.code() + "/review-by-leadership"), 200, "leadership " + c.code());
        }
        closeRound(round);
        snapshotAndPublish(cycleId, false);
        reviewersComment(cycleId);
        return cycleId;
    }

    /**
     * After the snapshot the council kept "addressing comments raised by reviewers": the CI reviewer asks about a
     * passage of CI001's narrative and the author answers (the thread stays open); the moderator's comment on CI010 is
     * addressed and resolved (it stays in the narrative's history).
     */
    void reviewersComment(String cycleId) {
        String ci001 = "/cycles/" + cycleId + "/narratives/CI001";
        String text = ok(as("reviewer-ci", ASSESSMENT).get(ci001), "read CI001").path("text").asText();
        String passage = "initial narrative from the workstream team";
        Map<String, Object> comment = new LinkedHashMap<>(Map.of("text",
                "Which of the workstream team's sources support this? Please link them as evidence."));
        if (text.contains(passage)) comment.put("quote", passage);
        Response started = check(as("reviewer-ci", ASSESSMENT).body(comment).post(ci001 + "/threads"), 201, "comment on CI001");
        String thread = expect(started, 201, "comment on CI001").path("id").asText();
        check(as("author", ASSESSMENT).header("If-Match", etag(started)).body(Map.of("text",
                "The corporate plan and the performance framework: linking them this week.")).post(ci001 + "/threads/" + thread + "/replies"),
                200, "the author replies on CI001");

        String ci010 = "/cycles/" + cycleId + "/narratives/CI010/threads";
        Response moderated = check(as("moderator", ASSESSMENT).body(Map.of("text",
                "The narrative should say what the benchmarking found, not only that it took place.")).post(ci010), 201, "comment on CI010");
        String id = expect(moderated, 201, "comment on CI010").path("id").asText();
        check(as("author", ASSESSMENT).header("If-Match", etag(moderated)).body(Map.of("note",
                "The findings are summarised in the revised narrative.")).post(ci010 + "/" + id + "/resolve"), 200, "resolve the CI010 comment");
    }

    /** A characteristic new in 2025 starts with no narrative: the workstream writes its first one. */
    void draftNew2025(String cycleId, Characteristic c) {
        String path = "/cycles/" + cycleId + "/narratives";
        String tag = etag(check(as("author", ASSESSMENT).body(Map.of("characteristicCode", c.code(), "text",
                "Position statement for " + c.code() + ": new in the council's 2025 list; the 2024 action plan's progress "
                        + "reports to committee are the evidence.")).post(path), 201, "draft " + c.code()));
        tag = etag(check(as("author", ASSESSMENT).header("If-Match", tag).body(Map.of("evidenceId", evidence.get(6)))
                .post(path + "/" + c.code() + "/evidence"), 200, "attach evidence to " + c.code()));
        check(as("author", ASSESSMENT).header("If-Match", tag).post(path + "/" + c.code() + "/mark-ready"), 200, "mark " + c.code() + " ready");
    }

    // ---------------------------------------------------------------- helpers

    /** The response of a step that must succeed (any 2xx where a 2xx is expected). */
    static Response check(Response r, int status, String what) {
        if (status / 100 == 2 && r.statusCode() / 100 == 2) return r;
        expect(r, status, what);
        return r;
    }

    private static void pause() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
