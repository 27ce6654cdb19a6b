package org.bestvalue.assessment.projection;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Query tables rebuilt from the events table equal the live ones (DESIGN.md §4.7). */
@QuarkusTest
class ProjectionRebuildTests {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final List<String> TABLES = List.of(
            "SELECT * FROM framework_versions ORDER BY id", "SELECT * FROM cycles ORDER BY id",
            "SELECT * FROM narratives ORDER BY id", "SELECT * FROM evidence_items ORDER BY id",
            "SELECT * FROM narrative_evidence ORDER BY narrative_id, evidence_id");

    @Inject
    Fixtures fixtures;
    @Inject
    ProjectionRebuilder rebuilder;
    @Inject
    Pool pool;

    @Test
    void rebuildingTheQueryTablesFromTheEventsGivesTheSameRows() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "SD005", "Customer standards ...");
        fixtures.attach(Fixtures.COUNCIL, cycle, "SD005", fixtures.evidenceItem(Fixtures.COUNCIL, "Customer survey"));

        List<String> live = snapshot();
        assertTrue(rebuilder.rebuild().await().atMost(WAIT) > 0);
        assertEquals(live, snapshot());
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String sql : TABLES) {
            for (Row r : pool.query(sql).execute().await().atMost(WAIT)) rows.add(r.toJson().encode());
        }
        return rows;
    }
}
