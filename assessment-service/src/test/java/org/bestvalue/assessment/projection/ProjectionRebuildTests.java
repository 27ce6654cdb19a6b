package org.bestvalue.assessment.projection;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

/** Query tables rebuilt from the events table equal the live ones (DESIGN.md §4.7). */
@QuarkusTest
class ProjectionRebuildTests {
    static final List<String> TABLES = List.of(
            "SELECT * FROM framework_versions ORDER BY id", "SELECT * FROM cycles ORDER BY id",
            "SELECT * FROM narratives ORDER BY id", "SELECT * FROM evidence_items ORDER BY id",
            "SELECT * FROM narrative_evidence ORDER BY narrative_id, evidence_id");

    @Inject
    Fixtures fixtures;

    @Test
    void rebuildingTheQueryTablesFromTheEventsGivesTheSameRows() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "SD005", "Customer standards ...");
        fixtures.attach(Fixtures.COUNCIL, cycle, "SD005", fixtures.evidenceItem(Fixtures.COUNCIL, "Customer survey"));

        fixtures.rebuildGivesTheSameRows(TABLES);
    }
}
