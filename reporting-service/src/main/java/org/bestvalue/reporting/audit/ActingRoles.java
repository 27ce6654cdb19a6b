package org.bestvalue.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * As what role someone acted, for the audit log. An event names its actor, not the role they used, so this is the
 * role (or roles) the suite lets take that action — the services' {@code @RolesAllowed} on the command that emits the
 * type. Where several roles may take it the log says so ("author or planner"). An export records the exporter's own
 * roles in its event, so it shows exactly those.
 */
public final class ActingRoles {
    private ActingRoles() {
    }

    static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("FrameworkVersionImported", "admin or planner"),
            Map.entry("FrameworkVersionPublished", "admin or planner"),
            Map.entry("CycleOpened", "planner"),
            Map.entry("CycleSnapshotTaken", "planner"),
            Map.entry("CyclePublished", "planner"),
            Map.entry("CycleClosed", "planner"),
            Map.entry("NarrativeDrafted", "author or planner"),
            Map.entry("NarrativeRevised", "author or planner"),
            Map.entry("ContributorRecorded", "author or planner"),
            Map.entry("ContributorRemoved", "planner"),
            Map.entry("NarrativeStatusChanged", "author, planner, reviewer, moderator or leadership"),
            Map.entry("EvidenceAttached", "author or planner"),
            Map.entry("EvidenceDetached", "author or planner"),
            Map.entry("EvidenceItemAdded", "author or planner"),
            Map.entry("EvidenceItemRevised", "author or planner"),
            Map.entry("ScoringRoundOpened", "planner"),
            Map.entry("ReviewerAssigned", "planner"),
            Map.entry("ScoringRoundClosed", "planner"),
            Map.entry("ScoreRecorded", "reviewer"),
            Map.entry("ScoreModerated", "moderator"),
            Map.entry("LeadershipReviewed", "leadership"),
            Map.entry("ScoreReopened", "leadership"),
            Map.entry("ScoreFinalised", "leadership"),
            Map.entry("OpportunityRaised", "planner"),
            Map.entry("OpportunityGapRevised", "planner"),
            Map.entry("ActionPlanned", "planner"),
            Map.entry("ActionScheduled", "planner or action owner"),
            Map.entry("ActionStarted", "planner or action owner"),
            Map.entry("ProgressReported", "planner or action owner"),
            Map.entry("ActionCompleted", "planner or action owner"),
            Map.entry("ActionDeferred", "planner or action owner"),
            Map.entry("ActionCancelled", "planner"),
            Map.entry("ExternalReferenceLinked", "planner"));

    /** The role in words; "" for a type the suite does not know (yet). */
    public static String of(String type, JsonNode data) {
        if (DocumentExported.TYPE.equals(type)) {
            List<String> roles = new ArrayList<>();
            data.path("roles").forEach(r -> roles.add(r.asText().replace('-', ' ')));
            return String.join(", ", roles);
        }
        if ("OpportunityRaised".equals(type) && "SCORE".equals(data.path("origin").asText())) {
            return "proposed from a final score";
        }
        return BY_TYPE.getOrDefault(type, "");
    }
}
