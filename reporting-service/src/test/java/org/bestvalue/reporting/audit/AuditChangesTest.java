package org.bestvalue.reporting.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an event changed, in words: from the event where it says, else from the earlier events of its stream. */
class AuditChangesTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static AuditChanges.StreamEvent event(String type, ObjectNode data) {
        return new AuditChanges.StreamEvent(type, data);
    }

    static ObjectNode data() {
        return MAPPER.createObjectNode();
    }

    static AuditChanges.Change change(AuditChanges.StreamEvent e, AuditChanges.StreamEvent... earlier) {
        return AuditChanges.of(e, List.of(earlier), id -> "Name of " + id);
    }

    @Test
    void aScoreSaysItsColourBeforeAndAfterAndWhy() {
        var c = change(event("ScoreModerated", data().put("previousColour", "YELLOW").put("colour", "LIGHT_GREEN")
                .put("outcome", "REVISED").put("reason", "Consistency")));
        assertThat(c).isEqualTo(new AuditChanges.Change("Moderation (revised)", "Yellow", "Light green", "Consistency"));
        assertThat(change(event("ScoreRecorded", data().put("colour", "RED"))).from()).isEqualTo("unscored");
        assertThat(change(event("ScoreReopened", data().put("previousColour", "AMBER").putNull("colour"))).to())
                .isEqualTo("reopened, no colour");
    }

    @Test
    void anActionsStatusBeforeIsFoldedFromItsStream() {
        var planned = event("ActionPlanned", data().put("description", "Join the club"));
        var started = event("ActionStarted", data().put("on", "2024-07-01"));
        var deferred = event("ActionDeferred", data().put("reason", "Budget").put("until", "2025-01-31"));
        assertThat(change(started, planned)).isEqualTo(new AuditChanges.Change("Status", "Planned", "In progress since 1 July 2024", ""));
        assertThat(change(deferred, planned, started))
                .isEqualTo(new AuditChanges.Change("Status", "In progress", "Deferred until 31 January 2025", "Budget"));
        var completed = event("ActionCompleted", data().put("on", "2025-03-01").put("completionNote", "Done"));
        assertThat(change(completed, planned, started, deferred).from()).isEqualTo("Deferred");
    }

    @Test
    void aRescheduleAndNewProgressSayWhatTheyReplaced() {
        var first = event("ActionScheduled", data().put("start", "2024-07-01").put("end", "2024-09-30"));
        var progress = event("ProgressReported", data().put("percent", 40).put("rag", "AMBER").put("note", "Agreed"));
        var second = event("ActionScheduled", data().put("start", "2024-10-01").put("end", "2024-12-31"));
        assertThat(change(first).from()).isEqualTo("not scheduled");
        assertThat(change(second, first, progress))
                .isEqualTo(new AuditChanges.Change("Schedule", "1 July 2024 to 30 September 2024", "1 October 2024 to 31 December 2024", ""));
        var more = event("ProgressReported", data().put("percent", 70).put("rag", "GREEN").put("note", "On track"));
        assertThat(change(more, first, progress, second))
                .isEqualTo(new AuditChanges.Change("Progress", "40%, amber", "70%, green", "On track"));
    }

    @Test
    void aRevisedGapNarrativeAndEvidenceItemSayTheirPreviousVersion() {
        var raised = event("OpportunityRaised", data().put("gap", "Benchmarking is missing").put("origin", "PLANNER"));
        assertThat(change(event("OpportunityGapRevised", data().put("gap", "Benchmarking is partial")), raised))
                .isEqualTo(new AuditChanges.Change("Gap", "Benchmarking is missing", "Benchmarking is partial", ""));
        var drafted = event("NarrativeDrafted", data().put("revision", 1).put("authorId", "author-1"));
        assertThat(change(event("NarrativeRevised", data().put("revision", 2).put("authorId", "author-2")), drafted))
                .isEqualTo(new AuditChanges.Change("Narrative", "revision 1", "revision 2 by Name of author-2", ""));
        var added = event("EvidenceItemAdded", data().put("title", "Plan").put("revision", 1));
        assertThat(change(event("EvidenceItemRevised", data().put("title", "Plan 2024").put("revision", 2)), added).from())
                .isEqualTo("Plan (revision 1)");
    }

    @Test
    void aNarrativeStatusAndAContributorAreInWordsWithPeopleByName() {
        assertThat(change(event("NarrativeStatusChanged", data().put("from", "DRAFT").put("to", "READY_FOR_REVIEW"))))
                .isEqualTo(new AuditChanges.Change("Narrative status", "Draft", "Ready for review", ""));
        assertThat(change(event("ContributorRecorded", data().put("userId", "u-1").put("role", "workshop participant"))).to())
                .isEqualTo("Name of u-1 as workshop participant");
    }

    @Test
    void anExportSaysWhichDocumentInWhichFormatWithWhichParameters() {
        ObjectNode d = data().put("document", "committee-pack").put("format", "application/pdf")
                .put("filename", "committee-pack-2024.pdf");
        d.putObject("parameters").put("asOf", "2024-06-10").put("cycleId", "c-1");
        d.putArray("roles").add("auditor").add("planner");
        assertThat(change(event(DocumentExported.TYPE, d))).isEqualTo(new AuditChanges.Change("Export of committee-pack", "",
                "application/pdf (committee-pack-2024.pdf)", "asOf = 2024-06-10; cycleId = c-1"));
        assertThat(ActingRoles.of(DocumentExported.TYPE, d)).isEqualTo("auditor, planner");
        assertThat(ActingRoles.of("ScoreRecorded", data())).isEqualTo("reviewer");
    }

    @Test
    void aTypeTheLogDoesNotKnowIsNamedInWords() {
        assertThat(change(event("SomethingNewHappened", data())).what()).isEqualTo("Something new happened");
    }
}
