package org.bestvalue.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.eventkit.text.InWords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What an event changed, in plain words: what it is about, the value before, the value after, and why. The value before
 * comes from the event itself where it carries it (a score's previous colour, a narrative's previous status) and
 * otherwise from the earlier events of the same stream (an action's previous schedule, progress or status, an
 * opportunity's previous gap). Pure: the same events give the same words, so a rebuilt log reads the same.
 */
public final class AuditChanges {
    private AuditChanges() {
    }

    /** One event of a stream, as the log keeps it. */
    public record StreamEvent(String type, JsonNode data) {
    }

    /** {@code what} changed from {@code from} to {@code to}, because {@code why} ("" where there is nothing to say). */
    public record Change(String what, String from, String to, String why) {
    }

    /**
     * @param earlier the stream's events before this one, oldest first
     * @param nameOf  a user id in words ("Name, Job title")
     */
    public static Change of(StreamEvent event, List<StreamEvent> earlier, Function<String, String> nameOf) {
        JsonNode d = event.data();
        return switch (event.type()) {
            case "ScoreRecorded", "ScoreModerated", "LeadershipReviewed", "ScoreReopened", "ScoreFinalised" ->
                    new Change(scoreWhat(event.type(), d), colour(t(d, "previousColour"), "unscored"),
                            colour(t(d, "colour"), "reopened, no colour"), t(d, "reason"));
            case "ScoringRoundOpened" -> new Change("Scoring round", "", join(t(d, "name"), InWords.lower(t(d, "kind"))), "");
            case "ScoringRoundClosed" -> new Change("Scoring round", "open", "closed", "");
            case "ReviewerAssigned" -> new Change("Reviewer of theme " + t(d, "themeCode"),
                    last(earlier, e -> e.type().equals("ReviewerAssigned") && t(e.data(), "themeCode").equals(t(d, "themeCode"))
                            ? nameOf.apply(t(e.data(), "reviewerId")) : null, "none"),
                    nameOf.apply(t(d, "reviewerId")), "");
            case "NarrativeDrafted" -> new Change("Narrative", "", "revision 1 by " + nameOf.apply(t(d, "authorId")), "");
            case "NarrativeRevised" -> new Change("Narrative",
                    last(earlier, e -> e.data().has("revision") ? "revision " + t(e.data(), "revision") : null, ""),
                    "revision " + t(d, "revision") + " by " + nameOf.apply(t(d, "authorId")), "");
            case "NarrativeStatusChanged" -> new Change("Narrative status", InWords.capitalised(t(d, "from")),
                    InWords.capitalised(t(d, "to")), t(d, "reason"));
            case "ContributorRecorded" -> new Change("Contributors", "",
                    nameOf.apply(t(d, "userId")) + " as " + t(d, "role"), "");
            case "ContributorRemoved" -> new Change("Contributors", nameOf.apply(t(d, "userId")) + " as "
                    + String.join(", ", texts(d.path("roles"))), "removed", t(d, "reason"));
            case "EvidenceAttached" -> new Change("Evidence " + t(d, "evidenceId"), "not attached", "attached", "");
            case "EvidenceDetached" -> new Change("Evidence " + t(d, "evidenceId"), "attached", "detached", "");
            case "EvidenceItemAdded" -> new Change("Evidence item", "", evidence(d), "");
            case "EvidenceItemRevised" -> new Change("Evidence item",
                    last(earlier, e -> e.type().startsWith("EvidenceItem") ? evidence(e.data()) : null, ""), evidence(d), "");
            case "FrameworkVersionImported" -> new Change("Framework version", "",
                    join(t(d, "name"), t(d, "label")) + ", " + d.path("characteristics").size() + " characteristics", "");
            case "FrameworkVersionPublished" -> new Change("Framework version", "draft", "published", "");
            case "CycleOpened" -> new Change("Cycle", "", join(t(d, "title"), t(d, "year")) + ", open", "");
            case "CycleSnapshotTaken" -> new Change("Snapshot",
                    last(earlier, e -> e.type().equals("CycleSnapshotTaken") ? instant(t(e.data(), "asOf")) : null, "none"),
                    instant(t(d, "asOf")), "");
            case "CyclePublished" -> new Change("Publication",
                    last(earlier, e -> e.type().equals("CyclePublished") ? instant(t(e.data(), "asOf")) : null, "not published"),
                    "published as of " + instant(t(d, "asOf")), "");
            case "CycleClosed" -> new Change("Cycle", "open", "closed", "");
            case "OpportunityRaised" -> new Change("Opportunity", "", t(d, "gap"),
                    "SCORE".equals(t(d, "origin")) ? "proposed by a final " + InWords.lower(t(d, "colour")) + " score" : "");
            case "OpportunityGapRevised" -> new Change("Gap",
                    last(earlier, e -> e.data().has("gap") ? t(e.data(), "gap") : null, ""), t(d, "gap"), "");
            case "ActionPlanned" -> new Change("Action", "", t(d, "description") + officers(d, nameOf), "");
            case "ActionScheduled" -> new Change("Schedule",
                    last(earlier, e -> e.type().equals("ActionScheduled") ? schedule(e.data()) : null, "not scheduled"),
                    schedule(d), "");
            case "ActionStarted" -> new Change("Status", status(earlier), "In progress since " + date(t(d, "on")), "");
            case "ActionCompleted" -> new Change("Status", status(earlier), "Completed on " + date(t(d, "on")),
                    t(d, "completionNote"));
            case "ActionDeferred" -> new Change("Status", status(earlier),
                    d.hasNonNull("until") ? "Deferred until " + date(t(d, "until")) : "Deferred", t(d, "reason"));
            case "ActionCancelled" -> new Change("Status", status(earlier), "Cancelled", t(d, "reason"));
            case "ProgressReported" -> new Change("Progress",
                    last(earlier, e -> e.type().equals("ProgressReported") ? progress(e.data()) : null, "none reported"),
                    progress(d), t(d, "note"));
            case "ExternalReferenceLinked" -> new Change("External reference", "", join(t(d, "system"), t(d, "reference")), "");
            case DocumentExported.TYPE -> new Change("Export of " + t(d, "document"), "",
                    join(t(d, "format"), t(d, "filename")), parameters(d.path("parameters")));
            default -> new Change(InWords.capitalised(event.type().replaceAll("([a-z])([A-Z])", "$1_$2")), "", "", t(d, "reason"));
        };
    }

    private static String scoreWhat(String type, JsonNode d) {
        String decision = d.hasNonNull("outcome") ? t(d, "outcome") : t(d, "decision");
        String what = switch (type) {
            case "ScoreRecorded" -> "Score";
            case "ScoreModerated" -> "Moderation";
            case "LeadershipReviewed" -> "Leadership review";
            case "ScoreReopened" -> "Score reopened";
            default -> "Final score";
        };
        return decision.isEmpty() ? what : what + " (" + InWords.lower(decision) + ")";
    }

    /** An action's status after the earlier events of its stream. */
    static String status(List<StreamEvent> earlier) {
        String status = "Planned";
        for (StreamEvent e : earlier) {
            switch (e.type()) {
                case "ActionStarted" -> status = "In progress";
                case "ActionCompleted" -> status = "Completed";
                case "ActionDeferred" -> status = "Deferred";
                case "ActionCancelled" -> status = "Cancelled";
                default -> {
                }
            }
        }
        return status;
    }

    private static String schedule(JsonNode d) {
        return date(t(d, "start")) + " to " + date(t(d, "end"));
    }

    private static String progress(JsonNode d) {
        List<String> parts = new ArrayList<>();
        if (d.hasNonNull("percent")) parts.add(d.get("percent").asInt() + "%");
        if (d.hasNonNull("rag")) parts.add(InWords.lower(t(d, "rag")));
        return parts.isEmpty() ? "note only" : String.join(", ", parts);
    }

    private static String evidence(JsonNode d) {
        return join(t(d, "title"), d.has("revision") ? "revision " + t(d, "revision") : "");
    }

    private static String officers(JsonNode d, Function<String, String> nameOf) {
        List<String> names = new ArrayList<>();
        d.path("officers").forEach(o -> names.add(nameOf.apply(o.asText())));
        return names.isEmpty() ? "" : "; officers: " + String.join("; ", names);
    }

    private static String parameters(JsonNode p) {
        List<String> parts = new ArrayList<>();
        p.fields().forEachRemaining(f -> parts.add(f.getKey() + " = " + f.getValue().asText()));
        return String.join("; ", parts);
    }

    private static String colour(String constant, String none) {
        return constant.isEmpty() ? none : InWords.capitalised(constant);
    }

    private static String date(String iso) {
        if (iso.isEmpty()) return "";
        try {
            return InWords.date(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static String instant(String iso) {
        if (iso.isEmpty()) return "";
        try {
            Instant i = Instant.parse(iso);
            return InWords.date(i) + " " + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(i.atZone(InWords.LONDON));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** The latest earlier event's value that {@code value} gives (non-null), else {@code none}. */
    private static String last(List<StreamEvent> earlier, Function<StreamEvent, String> value, String none) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String v = value.apply(earlier.get(i));
            if (v != null) return v;
        }
        return none;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a + " (" + b + ")";
    }

    private static String t(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
