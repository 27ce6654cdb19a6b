package org.bestvalue.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bestvalue.eventkit.EventEnvelope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The narratives and evidence behind a council's 2024 position statements, as the assessment service publishes them:
 * for every scoreable characteristic of {@link CouncilHistory#year2024()}, a narrative of demo length (four
 * paragraphs, revised once), three items of evidence from the council's library attached to it, and its status set
 * ready for review — all before the committee snapshot. After the snapshot CI010's narrative is revised again and its
 * first evidence item retitled, so the book as of the snapshot differs from the book now.
 */
public final class PositionStatementHistory {
    public static final String REVISED_AFTER_SNAPSHOT = "Since the committee we have joined the LG Inform benchmarking club";
    public static final String RETITLED = "Benchmarking club membership (2024 update)";
    public static final String FIRST_DRAFT_MARK = "First draft of CI010";

    private final CouncilHistory council;
    private final EventLog log;

    public PositionStatementHistory(CouncilHistory council) {
        this.council = council;
        this.log = new EventLog(council.council, "position-statement-event-");
        Instant drafted = Instant.parse("2024-04-10T09:00:00Z");
        int n = 0;
        for (String code : CouncilHistory.codes2024()) {
            if (code.equals("G002")) continue;
            String narrative = id("narrative-" + code);
            Instant t = drafted.plusSeconds(600L * n++);
            List<String> evidence = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String item = id("evidence-" + code + "-" + i);
                evidence.add(item);
                add("EvidenceItemAdded", "evidence", item, t, "author-1", CouncilHistory.data().put("evidenceId", item)
                        .put("revision", 1).put("title", evidenceTitle(code, i)).put("kind", i == 1 ? "DOCUMENT" : i == 2 ? "DATA" : "MINUTES")
                        .put("reference", code + "-EV-" + i).put("uri", "https://intranet.example.org/evidence/" + code + "/" + i)
                        .put("owner", "author-1").put("date", "2024-03-" + (10 + i)).put("description", "Evidence for " + code)
                        .putNull("contentHash"));
            }
            add("NarrativeDrafted", "narrative", narrative, t.plusSeconds(60), "author-1", narrativeData(narrative, code)
                    .put("revision", 1).put("text", (code.equals("CI010") ? FIRST_DRAFT_MARK + ". " : "") + text(code, 3))
                    .put("authorId", "author-1"));
            for (String item : evidence) {
                add("EvidenceAttached", "narrative", narrative, t.plusSeconds(120), "author-1",
                        narrativeData(narrative, code).put("evidenceId", item));
            }
            add("NarrativeRevised", "narrative", narrative, t.plus(java.time.Duration.ofDays(7)), "author-1",
                    narrativeData(narrative, code).put("revision", 2)
                            .put("text", (code.equals("CI010") ? FIRST_DRAFT_MARK + ", revised. " : "") + text(code, 4))
                            .put("authorId", "author-1"));
            add("NarrativeStatusChanged", "narrative", narrative, t.plus(java.time.Duration.ofDays(8)), "author-1",
                    narrativeData(narrative, code).put("from", "DRAFT").put("to", "READY_FOR_REVIEW"));
        }
        String ci010 = id("narrative-CI010");
        add("NarrativeRevised", "narrative", ci010, Instant.parse("2024-07-01T09:00:00Z"), "author-1",
                narrativeData(ci010, "CI010").put("revision", 3).put("text", REVISED_AFTER_SNAPSHOT + ". " + text("CI010", 4))
                        .put("authorId", "author-1"));
        String first = id("evidence-CI010-1");
        add("EvidenceItemRevised", "evidence", first, Instant.parse("2024-07-02T09:00:00Z"), "author-1",
                CouncilHistory.data().put("evidenceId", first).put("revision", 2).put("title", RETITLED).put("kind", "DOCUMENT")
                        .put("reference", "CI010-EV-1").put("uri", "https://intranet.example.org/evidence/CI010/1")
                        .put("owner", "author-1").put("date", "2024-07-01").putNull("description").putNull("contentHash"));
    }

    public List<EventEnvelope> events() {
        return log.events();
    }

    static String evidenceTitle(String code, int i) {
        return switch (i) {
            case 1 -> "Service plan extract for " + code;
            case 2 -> "Performance dashboard " + code;
            default -> "Committee minutes citing " + code;
        };
    }

    /** A narrative of demo length: paragraphs of about 900 characters each. */
    static String text(String code, int paragraphs) {
        StringBuilder s = new StringBuilder();
        for (int p = 1; p <= paragraphs; p++) {
            if (p > 1) s.append("\n\n");
            s.append("Paragraph ").append(p).append(" of the position statement for ").append(code).append(". ");
            s.append("The council has a clear understanding of its position against this characteristic, drawn from the"
                    + " service plans, the performance framework and the views of partners and residents. Officers"
                    + " reviewed the evidence with the workstream lead and agreed where practice is embedded and where it"
                    + " is still developing. Examples from across the directorates show the approach is applied"
                    + " consistently, and the areas that need more work have been identified with named owners. The"
                    + " statement was tested at the self-assessment workshop and revised in the light of challenge from"
                    + " colleagues in other themes, so that the scores are consistent and the evidence can be sampled by"
                    + " the independent reviewers.");
        }
        return s.toString();
    }

    private ObjectNode narrativeData(String narrative, String code) {
        return CouncilHistory.data().put("narrativeId", narrative).put("cycleId", council.cycle2024).put("characteristicCode", code);
    }

    private void add(String type, String streamType, String stream, Instant at, String actor, ObjectNode data) {
        log.add(type, streamType, stream, at, actor, data);
    }

    private String id(String name) {
        return log.id(name);
    }
}
