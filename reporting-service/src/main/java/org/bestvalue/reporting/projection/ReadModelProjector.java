package org.bestvalue.reporting.projection;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.eventkit.EventData;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.heatmap.CellStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.bestvalue.eventkit.EventData.text;
import static org.bestvalue.reporting.projection.ReadModelWrite.Statement.*;

/**
 * What each consumed event adds to the read models, as pure code: an event in, the rows it inserts out.
 * Nothing is updated in place — the tables record history, and views are computed from it — so the
 * same function serves the live consumers, the rebuild and the benchmark, and event order across
 * partitions does not matter.
 */
public final class ReadModelProjector {
    private ReadModelProjector() {
    }

    /** Every event type that adds rows (the cases of {@link #writesFor}); asyncapi.yaml documents each as received. */
    public static final Set<String> TYPES = Set.of(
            "FrameworkVersionImported", "CycleOpened", "CycleSnapshotTaken", "CyclePublished", "CycleClosed",
            "ScoringRoundOpened", "ScoreRecorded", "ScoreModerated", "LeadershipReviewed", "ScoreReopened", "ScoreFinalised",
            "OpportunityRaised", "OpportunityGapRevised", "ActionPlanned", "ActionScheduled", "ActionStarted", "ProgressReported",
            "ActionCompleted", "ActionDeferred", "ActionCancelled", "ExternalReferenceLinked",
            "CommentThreadStarted", "CommentReplied", "CommentThreadResolved", "CommentThreadReopened",
            "NarrativeDrafted", "NarrativeRevised", "NarrativeStatusChanged", "EvidenceAttached", "EvidenceDetached",
            "EvidenceItemAdded", "EvidenceItemRevised");

    /**
     * The producers' event types that no report needs, named so that a new type is a decision: the contract test
     * ({@code ConsumedEventsContractTest}) fails for a type a producer publishes that is in neither set.
     */
    public static final Set<String> IGNORED = Set.of(
            "FrameworkVersionPublished", "ContributorRecorded", "ContributorRemoved", "ReviewerAssigned", "ScoringRoundClosed");

    /** The rows the event adds; none for a type the reporting service does not need. */
    public static List<ReadModelWrite> writesFor(EventEnvelope e) {
        JsonNode d = e.data();
        List<ReadModelWrite> out = new ArrayList<>();
        // The audit log records every event, of every type, including those no report needs (IGNORED).
        out.add(org.bestvalue.reporting.audit.AuditEntries.row(e));
        switch (e.type()) {
            case "FrameworkVersionImported" -> {
                String fv = required(d, "frameworkVersionId");
                out.add(ReadModelWrite.of(FRAMEWORK_VERSION, e.councilId(), fv, required(d, "name"), text(d, "label"),
                        text(d, "predecessorId"), at(e.occurredAt())));
                for (JsonNode t : d.path("themes")) {
                    out.add(ReadModelWrite.of(THEME, fv, required(t, "code"), required(t, "title"), t.path("order").asInt()));
                }
                for (JsonNode c : d.path("characteristics")) {
                    out.add(ReadModelWrite.of(CHARACTERISTIC, fv, required(c, "code"), required(c, "themeCode"),
                            required(c, "title"), text(c, "description"), c.path("order").asInt(), text(c, "crossReferenceTo")));
                }
                int seq = 0;
                for (JsonNode m : d.path("mapping")) {
                    out.add(ReadModelWrite.of(MAPPING, fv, seq++, text(m, "code"), text(m, "predecessorCode"), required(m, "change")));
                }
            }
            case "CycleOpened" -> out.add(ReadModelWrite.of(CYCLE, e.councilId(), required(d, "cycleId"),
                    requiredInt(d, "year"), text(d, "title"), required(d, "frameworkVersionId"),
                    text(d, "carriedForwardFrom"), at(e.occurredAt())));
            case "CycleSnapshotTaken" -> out.add(milestone(e, "SNAPSHOT_TAKEN", instant(required(d, "asOf"))));
            case "CyclePublished" -> out.add(milestone(e, "PUBLISHED", instant(required(d, "asOf"))));
            case "CycleClosed" -> out.add(milestone(e, "CLOSED", null));
            case "ScoringRoundOpened" -> out.add(ReadModelWrite.of(ROUND, e.councilId(), required(d, "roundId"),
                    required(d, "cycleId"), text(d, "name"), text(d, "kind"), at(e.occurredAt())));
            case "ScoreRecorded", "ScoreModerated", "LeadershipReviewed", "ScoreReopened", "ScoreFinalised" -> {
                CellStatus status = CellStatus.after(e.type());
                String decision = d.hasNonNull("outcome") ? d.get("outcome").asText() : text(d, "decision");
                out.add(ReadModelWrite.of(SCORE, e.eventId(), e.councilId(), required(d, "cycleId"), text(d, "roundId"),
                        required(d, "characteristicCode"), text(d, "themeCode"), e.type(), status.name(),
                        colour(d, "colour"), colour(d, "previousColour"), text(d, "reason"), decision, e.actor(),
                        at(e.occurredAt()), e.streamId(), e.streamVersion(), e.correlationId()));
            }
            case "OpportunityRaised", "OpportunityGapRevised", "ActionPlanned", "ActionScheduled", "ActionStarted", "ProgressReported",
                 "ActionCompleted", "ActionDeferred", "ActionCancelled", "ExternalReferenceLinked" ->
                    out.add(ReadModelWrite.of(ACTION, e.eventId(), e.councilId(), required(d, "cycleId"),
                            text(d, "opportunityId"), text(d, "actionId"), text(d, "characteristicCode"), e.type(),
                            e.actor(), at(e.occurredAt()), e.streamId(), e.streamVersion(), d));
            case "CommentThreadStarted", "CommentReplied", "CommentThreadResolved", "CommentThreadReopened" ->
                    out.add(ReadModelWrite.of(COMMENT, e.eventId(), e.councilId(), required(d, "cycleId"),
                            required(d, "characteristicCode"), e.type(), e.actor(), at(e.occurredAt()), e.streamId(),
                            e.streamVersion()));
            // The position statements: each revision's text, the evidence it cites, its status (see V40).
            case "NarrativeDrafted", "NarrativeRevised", "NarrativeStatusChanged", "EvidenceAttached", "EvidenceDetached" ->
                    out.add(ReadModelWrite.of(NARRATIVE, e.eventId(), e.councilId(), required(d, "cycleId"),
                            required(d, "narrativeId"), required(d, "characteristicCode"), e.type(),
                            d.hasNonNull("revision") ? d.get("revision").asInt() : null, text(d, "text"),
                            text(d, "evidenceId"), text(d, "to"), e.actor(), at(e.occurredAt()), e.streamId(), e.streamVersion()));
            case "EvidenceItemAdded", "EvidenceItemRevised" -> out.add(ReadModelWrite.of(EVIDENCE, e.eventId(), e.councilId(),
                    required(d, "evidenceId"), d.hasNonNull("revision") ? d.get("revision").asInt() : null, required(d, "title"),
                    text(d, "kind"), text(d, "reference"), text(d, "uri"), date(text(d, "date")), e.actor(),
                    at(e.occurredAt()), e.streamVersion()));
            default -> {
                // Contributors, reviewer assignments, round closure: not part of any report.
            }
        }
        return out;
    }

    private static ReadModelWrite milestone(EventEnvelope e, String kind, OffsetDateTime asOf) {
        return ReadModelWrite.of(MILESTONE, e.eventId(), e.councilId(), required(e.data(), "cycleId"), kind, asOf,
                at(e.occurredAt()), e.actor());
    }

    private static String colour(JsonNode d, String field) {
        String v = text(d, field);
        if (v == null) return null;
        return org.bestvalue.reporting.heatmap.Colour.valueOf(v).name();
    }

    static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static java.time.LocalDate date(String s) {
        if (s == null) return null;
        try {
            return java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException ex) {
            throw new UnusableEvent("data.date is not a date: " + s);
        }
    }

    private static OffsetDateTime instant(String s) {
        return at(Instant.parse(s));
    }

    private static String required(JsonNode d, String field) {
        return EventData.requiredText(d, field);
    }

    private static int requiredInt(JsonNode d, String field) {
        JsonNode v = d.get(field);
        if (v == null || !v.canConvertToInt()) throw new UnusableEvent("data." + field + " is missing or not a number");
        return v.asInt();
    }

    /** An event of a known type whose data break the contract: it goes to the dead-letter topic. */
    public static class UnusableEvent extends IllegalArgumentException {
        public UnusableEvent(String reason) {
            super(reason);
        }
    }
}
