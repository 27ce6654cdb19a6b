package org.bestvalue.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bestvalue.eventkit.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadModelProjectorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static EventEnvelope event(String type, ObjectNode data) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, "demo-borough", "score", "s-1", 1,
                Instant.parse("2024-05-01T09:00:00Z"), "reviewer-1", null, null, data);
    }

    @Test
    void aScoreEventIsRecordedWithItsColourStatusActorAndTime() {
        var writes = ReadModelProjector.writesFor(event("ScoreModerated", MAPPER.createObjectNode().put("roundId", "r")
                .put("cycleId", "c").put("characteristicCode", "CI010").put("themeCode", "CI").put("colour", "AMBER")
                .put("previousColour", "YELLOW").put("reason", "Consistency").put("outcome", "REVISED")));
        assertThat(writes).filteredOn(w -> w.statement() == ReadModelWrite.Statement.AUDIT).hasSize(1);
        assertThat(reportRows(writes)).singleElement().satisfies(w -> {
            assertThat(w.statement()).isEqualTo(ReadModelWrite.Statement.SCORE);
            assertThat(w.params()).contains("MODERATED", "AMBER", "YELLOW", "Consistency", "REVISED", "reviewer-1");
        });
    }

    @Test
    void everyListedTypeAddsRowsAndIsTheWholeListOfWhatTheProjectorHandles() {
        ObjectNode data = MAPPER.createObjectNode().put("frameworkVersionId", "fv").put("name", "Statutory").put("cycleId", "c")
                .put("year", 2024).put("asOf", "2024-06-10T17:00:00Z").put("roundId", "r").put("characteristicCode", "CI010")
                .put("colour", "AMBER").put("narrativeId", "n").put("evidenceId", "e").put("title", "Annual report")
                .put("date", "2024-03-31");
        data.putArray("themes").addObject().put("code", "CI").put("title", "Continuous Improvement");
        for (String type : ReadModelProjector.TYPES) {
            assertThat(reportRows(ReadModelProjector.writesFor(event(type, data)))).as(type).isNotEmpty();
        }
        for (String type : java.util.List.of("ContributorRecorded", "EvidenceAdded", "ReviewerAssigned", "ScoringRoundClosed")) {
            assertThat(reportRows(ReadModelProjector.writesFor(event(type, data)))).as(type).isEmpty();
        }
    }

    @Test
    void typesNoReportNeedsAddOnlyTheirAuditLogEntry() {
        for (String type : java.util.List.of("ContributorRecorded", "ReviewerAssigned")) {
            assertThat(ReadModelProjector.writesFor(event(type, MAPPER.createObjectNode()))).as(type).singleElement()
                    .satisfies(w -> assertThat(w.statement()).isEqualTo(ReadModelWrite.Statement.AUDIT));
        }
    }

    /** The rows of the reports, without the audit log's entry that every event adds. */
    static java.util.List<ReadModelWrite> reportRows(java.util.List<ReadModelWrite> writes) {
        return writes.stream().filter(w -> w.statement() != ReadModelWrite.Statement.AUDIT).toList();
    }

    @Test
    void aNarrativeRevisionKeepsItsTextAndAnEvidenceItemItsTitleReferenceDateAndLink() {
        var revised = ReadModelProjector.writesFor(event("NarrativeRevised", MAPPER.createObjectNode().put("narrativeId", "n1")
                .put("cycleId", "c").put("characteristicCode", "CI010").put("revision", 3).put("text", "We benchmark quarterly.")));
        assertThat(reportRows(revised)).singleElement().satisfies(w -> {
            assertThat(w.statement()).isEqualTo(ReadModelWrite.Statement.NARRATIVE);
            assertThat(w.params()).contains("n1", "CI010", "NarrativeRevised", 3, "We benchmark quarterly.");
        });
        var item = ReadModelProjector.writesFor(event("EvidenceItemAdded", MAPPER.createObjectNode().put("evidenceId", "e1")
                .put("revision", 1).put("title", "Annual report").put("kind", "DOCUMENT").put("reference", "AR-2024")
                .put("uri", "https://example.org/ar").put("date", "2024-03-31")));
        assertThat(reportRows(item)).singleElement().satisfies(w -> {
            assertThat(w.statement()).isEqualTo(ReadModelWrite.Statement.EVIDENCE);
            assertThat(w.params()).contains("e1", "Annual report", "DOCUMENT", "AR-2024", "https://example.org/ar",
                    java.time.LocalDate.of(2024, 3, 31));
        });
        assertThatThrownBy(() -> ReadModelProjector.writesFor(event("EvidenceItemAdded", MAPPER.createObjectNode()
                .put("evidenceId", "e1").put("title", "Annual report").put("date", "last March"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date");
    }

    @Test
    void aScoreWithoutItsCharacteristicOrWithAnUnknownColourIsRefused() {
        assertThatThrownBy(() -> ReadModelProjector.writesFor(event("ScoreRecorded",
                MAPPER.createObjectNode().put("cycleId", "c").put("colour", "GREEN"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("characteristicCode");
        assertThatThrownBy(() -> ReadModelProjector.writesFor(event("ScoreRecorded",
                MAPPER.createObjectNode().put("cycleId", "c").put("characteristicCode", "CI001").put("colour", "PURPLE"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
