package org.bestvalue.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bestvalue.eventkit.CloudEvents;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.heatmap.Colour;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.bestvalue.reporting.heatmap.Colour.*;

/**
 * The events a council's 2024 and 2025 self-assessments produce, as the other services publish them.
 * The 2024 final scores reproduce the committee report: 13 dark green, 42 light green, 15 yellow,
 * 1 amber (CI010), 0 red, 2 grey (L009, C003) over 73 characteristics, G002 reading "see CI012".
 * Leadership review (3 June 2024) revised three scores from yellow to light green, so the heat-map
 * before it differs from the final one. 2025 runs on a reworded framework version.
 */
public final class CouncilHistory {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String[][] THEMES = {
            {"CI", "Continuous Improvement", "12"}, {"L", "Leadership", "11"}, {"G", "Governance", "11"},
            {"C", "Culture", "11"}, {"R", "Use of Resources", "12"}, {"SD", "Service Delivery", "10"},
            {"PCE", "Partnerships and Community Engagement", "7"}};
    /** The scores leadership review revised from yellow to light green. */
    public static final List<String> REVISED_BY_LEADERSHIP = revisedByLeadership();
    public static final Instant BEFORE_LEADERSHIP_REVIEW = Instant.parse("2024-06-01T12:00:00Z");
    public static final Instant SNAPSHOT = Instant.parse("2024-06-10T17:00:00Z");
    public static final String ASSESSOR = "moderator-1";
    /** The planner's rewording of CI011's gap (OpportunityGapRevised), which the action plan must show. */
    public static final String REVISED_GAP = "Lessons learned are not shared across directorates";

    public final String council;
    public final String framework2024;
    public final String framework2025;
    public final String cycle2024;
    public final String cycle2025;
    public final String round2024;
    public final String round2025;
    private final EventLog log;

    public CouncilHistory(String council) {
        this.council = council;
        this.log = new EventLog(council, "event-");
        framework2024 = id("framework-2024");
        framework2025 = id("framework-2025");
        cycle2024 = id("cycle-2024");
        cycle2025 = id("cycle-2025");
        round2024 = id("round-2024");
        round2025 = id("round-2025");
    }

    public List<EventEnvelope> events() {
        return log.events();
    }

    /** The codes of the 2024 framework in grid order (74, of which G002 is a cross-reference). */
    public static List<String> codes2024() {
        List<String> codes = new ArrayList<>();
        for (String[] t : THEMES) for (int i = 1; i <= Integer.parseInt(t[2]); i++) codes.add(t[0] + String.format("%03d", i));
        return codes;
    }

    /** The 2024 final colours of the 73 scored characteristics. */
    public static Map<String, Colour> final2024() {
        Map<String, Colour> colours = new LinkedHashMap<>();
        int i = 0;
        int yellow = 0;
        int dark = 0;
        for (String code : codes2024()) {
            if (code.equals("G002")) continue;
            switch (code) {
                case "CI010" -> colours.put(code, AMBER);
                case "CI011" -> colours.put(code, YELLOW);
                case "L009", "C003" -> colours.put(code, GREY);
                default -> {
                    Colour c;
                    if (i % 5 == 2 && yellow < 14) {
                        c = YELLOW;
                        yellow++;
                    } else if (i % 5 == 0 && dark < 13) {
                        c = DARK_GREEN;
                        dark++;
                    } else {
                        c = LIGHT_GREEN;
                    }
                    colours.put(code, c);
                    i++;
                }
            }
        }
        return colours;
    }

    /** The 2025 colours: 2024's, with CI010 and G012 (was G011) improved, CI011 declined, C003 out of grey, PCE008 new. */
    public static Map<String, Colour> final2025() {
        Map<String, Colour> c = new LinkedHashMap<>(final2024());
        c.remove("L009");
        c.put("CI010", YELLOW);
        c.put("CI011", AMBER);
        c.put("C003", LIGHT_GREEN);
        c.remove("G011");
        c.put("G012", DARK_GREEN);
        c.put("PCE008", LIGHT_GREEN);
        return c;
    }

    public CouncilHistory year2024() {
        Instant t = Instant.parse("2024-04-01T09:00:00Z");
        ObjectNode fw = data().put("frameworkVersionId", framework2024).put("name", "Best Value Duty statutory guidance")
                .put("label", "statutory-2024").putNull("predecessorId");
        themes(fw);
        ArrayNode chars = fw.putArray("characteristics");
        int order = 1;
        for (String code : codes2024()) {
            ObjectNode c = chars.addObject().put("code", code).put("themeCode", theme(code)).put("title", "Characteristic " + code)
                    .put("description", "What good looks like for " + code).put("order", order++);
            if (code.equals("G002")) c.put("crossReferenceTo", "CI012");
            else c.putNull("crossReferenceTo");
        }
        fw.putArray("mapping");
        add("FrameworkVersionImported", "framework", framework2024, t, "planner-1", fw);
        add("FrameworkVersionPublished", "framework", framework2024, t.plusSeconds(60), "planner-1",
                data().put("frameworkVersionId", framework2024));
        add("CycleOpened", "cycle", cycle2024, t.plus(1, ChronoUnit.DAYS), "planner-1", data().put("cycleId", cycle2024)
                .put("year", 2024).put("title", "Self-assessment 2024").put("frameworkVersionId", framework2024)
                .putNull("carriedForwardFrom"));
        add("ScoringRoundOpened", "round", round2024, t.plus(2, ChronoUnit.DAYS), "planner-1", data().put("roundId", round2024)
                .put("cycleId", cycle2024).put("name", "Independent review 2024").put("kind", "INITIAL"));

        Map<String, Colour> fin = final2024();
        Instant recorded = Instant.parse("2024-05-01T09:00:00Z");
        Instant moderated = Instant.parse("2024-05-20T09:00:00Z");
        Instant reviewed = Instant.parse("2024-06-03T09:00:00Z");
        Instant finalised = Instant.parse("2024-06-05T09:00:00Z");
        int n = 0;
        for (Map.Entry<String, Colour> e : fin.entrySet()) {
            String code = e.getKey();
            String stream = cycle2024 + ":" + code;
            Colour reviewer = REVISED_BY_LEADERSHIP.contains(code) ? YELLOW : e.getValue();
            Colour moderator = reviewer;
            // The moderator disagreed with two reviewers: L003 up one step, C005 down one.
            if (code.equals("L003")) reviewer = step(moderator, moderator == DARK_GREEN ? -1 : 1);
            if (code.equals("C005")) reviewer = step(moderator, moderator == RED ? 1 : -1);
            score("ScoreRecorded", stream, round2024, cycle2024, code, reviewer, null, "Narrative and sampled evidence",
                    recorded.plusSeconds(60L * n), "reviewer-" + theme(code), s -> s.put("reviewerId", "reviewer-" + theme(code))
                            .set("evidenceSampled", MAPPER.createArrayNode().add(id("evidence-" + code))));
            String outcome = reviewer == moderator ? "CONFIRMED" : "REVISED";
            score("ScoreModerated", stream, round2024, cycle2024, code, moderator, reviewer,
                    outcome.equals("REVISED") ? "Consistency across themes" : "Consistent with other themes",
                    moderated.plusSeconds(60L * n), ASSESSOR, s -> s.put("outcome", outcome).put("moderatorId", ASSESSOR));
            Colour afterReview = moderator;
            if (moderator.isConcern()) {
                boolean revise = REVISED_BY_LEADERSHIP.contains(code);
                afterReview = revise ? LIGHT_GREEN : moderator;
                score("LeadershipReviewed", stream, round2024, cycle2024, code, afterReview, moderator,
                        revise ? "Further evidence supplied by the service" : "Position confirmed",
                        reviewed.plusSeconds(60L * n), "leader-1", s -> s.put("decision", revise ? "REVISED" : "CONFIRMED"));
            }
            score("ScoreFinalised", stream, round2024, cycle2024, code, e.getValue(), afterReview, "Final",
                    finalised.plusSeconds(60L * n), "leader-1", s -> {
                    });
            n++;
        }
        add("ScoringRoundClosed", "round", round2024, finalised.plus(1, ChronoUnit.DAYS), "planner-1",
                data().put("roundId", round2024).put("cycleId", cycle2024).put("snapshotAt", SNAPSHOT.toString()));
        add("CycleSnapshotTaken", "cycle", cycle2024, SNAPSHOT, "planner-1",
                data().put("cycleId", cycle2024).put("asOf", SNAPSHOT.toString()));
        actions2024();
        return this;
    }

    private void actions2024() {
        String opp = id("opportunity-CI010");
        Instant t = Instant.parse("2024-06-20T09:00:00Z");
        add("OpportunityRaised", "opportunity", opp, t, "planner-1", data().put("opportunityId", opp).put("cycleId", cycle2024)
                .put("characteristicCode", "CI010").put("gap", "Benchmarking is not yet evidenced").put("origin", "SCORE")
                .put("colour", "AMBER"));
        String a1 = id("action-CI010-1");
        actionEvent("ActionPlanned", a1, opp, "CI010", t.plusSeconds(60), d -> {
            d.put("description", "Join the LG Inform benchmarking club").put("serviceArea", "Corporate Performance")
                    .put("indicativeTimeline", "2024-Q3");
            d.putArray("officers").add("officer-7");
        });
        actionEvent("ActionScheduled", a1, opp, "CI010", t.plus(30, ChronoUnit.DAYS),
                d -> d.put("start", "2024-07-01").put("end", "2024-09-30"));
        actionEvent("ActionStarted", a1, opp, "CI010", t.plus(31, ChronoUnit.DAYS), d -> d.put("on", "2024-07-01"));
        actionEvent("ProgressReported", a1, opp, "CI010", t.plus(60, ChronoUnit.DAYS), d -> d.put("on", "2024-08-19")
                .put("percent", 40).put("rag", "AMBER").put("note", "Membership agreed").put("authorId", "officer-7"));

        String opp2 = id("opportunity-CI011");
        add("OpportunityRaised", "opportunity", opp2, t.plusSeconds(120), "planner-1", data().put("opportunityId", opp2)
                .put("cycleId", cycle2024).put("characteristicCode", "CI011").put("gap", "Lessons learned are not shared")
                .put("origin", "SCORE").put("colour", "YELLOW"));
        add("OpportunityGapRevised", "opportunity", opp2, t.plusSeconds(150), "planner-1", data().put("opportunityId", opp2)
                .put("cycleId", cycle2024).put("characteristicCode", "CI011").put("gap", REVISED_GAP));
        String a2 = id("action-CI011-1");
        actionEvent("ActionPlanned", a2, opp2, "CI011", t.plusSeconds(180), d -> {
            d.put("description", "Publish a lessons-learned log").put("serviceArea", "CEX Office").put("indicativeTimeline", "2024-10");
            d.putArray("officers").add("officer-8").add("officer-9");
        });
        actionEvent("ActionCompleted", a2, opp2, "CI011", t.plus(90, ChronoUnit.DAYS),
                d -> d.put("on", "2024-09-18").put("completionNote", "Log live on the intranet").put("notePublic", true));
        String a3 = id("action-CI011-2");
        actionEvent("ActionPlanned", a3, opp2, "CI011", t.plusSeconds(240), d -> {
            d.put("description", "Train heads of service in after-action reviews").put("serviceArea", "HR")
                    .put("indicativeTimeline", "2025-Q1");
            d.putArray("officers").add("officer-9");
        });
    }

    /** 2025 on a reworded framework: G011 reworded as G012, L009 removed, PCE008 added. */
    public CouncilHistory year2025() {
        Instant t = Instant.parse("2025-04-01T09:00:00Z");
        ObjectNode fw = data().put("frameworkVersionId", framework2025).put("name", "Best Value Duty statutory guidance (2025)")
                .put("label", "statutory-2025").put("predecessorId", framework2024);
        themes(fw);
        ArrayNode chars = fw.putArray("characteristics");
        ArrayNode mapping = fw.putArray("mapping");
        int order = 1;
        for (String code : codes2024()) {
            if (code.equals("L009")) {
                mapping.addObject().putNull("code").put("predecessorCode", code).put("change", "REMOVED");
                continue;
            }
            String now = code.equals("G011") ? "G012" : code;
            ObjectNode c = chars.addObject().put("code", now).put("themeCode", theme(code))
                    .put("title", code.equals("G011") ? "Characteristic G012 (reworded)" : "Characteristic " + code)
                    .put("description", "What good looks like for " + now).put("order", order++);
            if (code.equals("G002")) c.put("crossReferenceTo", "CI012");
            else c.putNull("crossReferenceTo");
            mapping.addObject().put("code", now).put("predecessorCode", code).put("change", code.equals("G011") ? "REWORDED" : "UNCHANGED");
        }
        chars.addObject().put("code", "PCE008").put("themeCode", "PCE").put("title", "Characteristic PCE008 (new)")
                .put("description", "Added in 2025").put("order", order).putNull("crossReferenceTo");
        mapping.addObject().put("code", "PCE008").putNull("predecessorCode").put("change", "ADDED");
        add("FrameworkVersionImported", "framework", framework2025, t, "planner-1", fw);
        add("CycleOpened", "cycle", cycle2025, t.plus(1, ChronoUnit.DAYS), "planner-1", data().put("cycleId", cycle2025)
                .put("year", 2025).put("title", "Self-assessment 2025").put("frameworkVersionId", framework2025)
                .put("carriedForwardFrom", cycle2024));
        add("ScoringRoundOpened", "round", round2025, t.plus(2, ChronoUnit.DAYS), "planner-1", data().put("roundId", round2025)
                .put("cycleId", cycle2025).put("name", "Independent review 2025").put("kind", "INITIAL"));
        int n = 0;
        for (Map.Entry<String, Colour> e : final2025().entrySet()) {
            String stream = cycle2025 + ":" + e.getKey();
            String code = e.getKey();
            score("ScoreRecorded", stream, round2025, cycle2025, code, e.getValue(), null, "Rescored for 2025",
                    Instant.parse("2025-05-01T09:00:00Z").plusSeconds(60L * n), "reviewer-" + theme(code),
                    s -> s.put("reviewerId", "reviewer-" + theme(code)).putArray("evidenceSampled"));
            score("ScoreModerated", stream, round2025, cycle2025, code, e.getValue(), e.getValue(), "Consistent",
                    Instant.parse("2025-05-20T09:00:00Z").plusSeconds(60L * n), ASSESSOR,
                    s -> s.put("outcome", "CONFIRMED").put("moderatorId", ASSESSOR));
            n++;
        }
        return this;
    }

    /** When the planner last published the 2024 cycle (first on 1 July 2024). */
    public static final Instant REPUBLISHED = Instant.parse("2024-10-01T09:00:00Z");

    /**
     * The planner publishes the 2024 snapshot on 1 July and again on 1 October 2024 (to show the action plan's
     * progress); an officer reports progress after that, which the public does not see until the next publication.
     */
    public CouncilHistory publish2024() {
        add("CyclePublished", "cycle", cycle2024, Instant.parse("2024-07-01T09:00:00Z"), "planner-1",
                data().put("cycleId", cycle2024).put("asOf", SNAPSHOT.toString()));
        add("CyclePublished", "cycle", cycle2024, REPUBLISHED, "planner-1",
                data().put("cycleId", cycle2024).put("asOf", SNAPSHOT.toString()));
        actionEvent("ProgressReported", id("action-CI010-1"), id("opportunity-CI010"), "CI010", Instant.parse("2024-10-20T09:00:00Z"),
                d -> d.put("on", "2024-10-18").put("percent", 60).put("rag", "GREEN").put("note", "Second benchmark in")
                        .put("authorId", "officer-7").put("notePublic", true));
        return this;
    }

    /** One step along the scale: +1 better, -1 worse. */
    static Colour step(Colour c, int by) {
        Colour[] scale = {RED, AMBER, YELLOW, LIGHT_GREEN, DARK_GREEN};
        for (int i = 0; i < scale.length; i++) if (scale[i] == c) return scale[i + by];
        throw new IllegalArgumentException(c.name());
    }

    /** The first light-green characteristic of Use of Resources, Service Delivery and Partnerships. */
    private static List<String> revisedByLeadership() {
        List<String> codes = new ArrayList<>();
        for (String theme : List.of("R", "SD", "PCE")) {
            final2024().entrySet().stream().filter(e -> theme(e.getKey()).equals(theme) && e.getValue() == LIGHT_GREEN)
                    .findFirst().ifPresent(e -> codes.add(e.getKey()));
        }
        return List.copyOf(codes);
    }

    public static String theme(String code) {
        return code.replaceAll("\\d", "");
    }

    private void themes(ObjectNode fw) {
        ArrayNode themes = fw.putArray("themes");
        int o = 1;
        for (String[] t : THEMES) themes.addObject().put("code", t[0]).put("title", t[1]).put("order", o++);
    }

    /** A later final score of a 2024 characteristic (as a recheck round's would be): the event it adds. */
    public EventEnvelope refinalise2024(String code, Colour colour, Instant at) {
        score("ScoreFinalised", cycle2024 + ":" + code, round2024, cycle2024, code, colour, final2024().get(code), "Recheck", at,
                "leader-1", s -> {
                });
        List<EventEnvelope> events = events();
        return events.get(events.size() - 1);
    }

    private void score(String type, String stream, String round, String cycle, String code, Colour colour, Colour previous,
                       String reason, Instant at, String actor, java.util.function.Consumer<ObjectNode> extra) {
        ObjectNode d = data().put("roundId", round).put("cycleId", cycle).put("characteristicCode", code)
                .put("themeCode", theme(code)).put("colour", colour == null ? null : colour.name())
                .put("previousColour", previous == null ? null : previous.name()).put("reason", reason);
        extra.accept(d);
        add(type, "score", stream, at, actor, d);
    }

    private void actionEvent(String type, String action, String opp, String code, Instant at,
                             java.util.function.Consumer<ObjectNode> extra) {
        ObjectNode d = data().put("actionId", action).put("opportunityId", opp).put("cycleId", cycle2024)
                .put("characteristicCode", code);
        extra.accept(d);
        add(type, "action", action, at, "officer-7", d);
    }

    public EventEnvelope add(String type, String streamType, String stream, Instant at, String actor, ObjectNode data) {
        return log.add(type, streamType, stream, at, actor, data);
    }

    public static ObjectNode data() {
        return MAPPER.createObjectNode();
    }

    private String id(String name) {
        return log.id(name);
    }

    public String json(EventEnvelope e) {
        return CloudEvents.toJson(e, "/bestvalue/" + sourceOf(e.type()), MAPPER).toString();
    }

    /** The topic an event type is published to. */
    public static String topicOf(String type) {
        return switch (sourceOf(type)) {
            case "assessment-service" -> "bv.assessment.events";
            case "scoring-service" -> "bv.scoring.events";
            default -> "bv.action.events";
        };
    }

    private static String sourceOf(String type) {
        if (type.startsWith("Framework") || type.startsWith("Cycle") || type.startsWith("Narrative") || type.startsWith("Comment")) {
            return "assessment-service";
        }
        if (type.startsWith("Score") || type.startsWith("Leadership") || type.startsWith("Reviewer")) return "scoring-service";
        return "action-service";
    }
}
