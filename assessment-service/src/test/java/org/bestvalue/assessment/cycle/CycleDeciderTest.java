package org.bestvalue.assessment.cycle;

import org.bestvalue.assessment.DeciderFixture;
import org.bestvalue.assessment.cycle.CycleCommand.CloseCycle;
import org.bestvalue.assessment.cycle.CycleCommand.OpenCycle;
import org.bestvalue.assessment.cycle.CycleCommand.PublishCycle;
import org.bestvalue.assessment.cycle.CycleCommand.TakeSnapshot;
import org.bestvalue.assessment.cycle.CycleEvent.CycleClosed;
import org.bestvalue.assessment.cycle.CycleEvent.CycleOpened;
import org.bestvalue.assessment.cycle.CycleEvent.CyclePublished;
import org.bestvalue.assessment.cycle.CycleEvent.CycleSnapshotTaken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

class CycleDeciderTest {
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID FW = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final Instant JUNE_10 = Instant.parse("2024-06-10T00:00:00Z");
    static final Instant NOW = Instant.parse("2024-06-11T09:00:00Z");
    static final CycleOpened OPENED = new CycleOpened(ID, 2024, "Self-assessment 2024", FW, null);

    private final DeciderFixture<CycleCommand, CycleEvent, Cycle> fixture = DeciderFixture.of(new CycleDecider());

    @Test
    void aCycleOpensForAYearAndAFrameworkVersion() {
        fixture.when(new OpenCycle(ID, 2024, " Self-assessment 2024 ", FW, null)).then(OPENED);
    }

    @Test
    void aYearOutsideTheCenturyIsRefused() {
        fixture.when(new OpenCycle(ID, 1999, "x", FW, null)).thenRejected(422, "year");
    }

    @Test
    void theHeatMapIsFrozenAsOfAnInstantThatHasPassed() {
        fixture.given(OPENED).when(new TakeSnapshot(JUNE_10, NOW)).then(new CycleSnapshotTaken(ID, JUNE_10));
        fixture.given(OPENED).when(new TakeSnapshot(null, NOW)).then(new CycleSnapshotTaken(ID, NOW));
        fixture.given(OPENED).when(new TakeSnapshot(NOW.plusSeconds(60), NOW)).thenRejected(422, "asOf");
    }

    @Test
    void aLaterSnapshotMustBeAfterTheLatest() {
        fixture.given(OPENED, new CycleSnapshotTaken(ID, JUNE_10)).when(new TakeSnapshot(JUNE_10, NOW)).thenRejected(409, "asOf");
    }

    @Test
    void onlyASnapshotCanBePublished() {
        fixture.given(OPENED).when(new PublishCycle(null)).thenRejected(409, "status");
        fixture.given(OPENED, new CycleSnapshotTaken(ID, JUNE_10)).when(new PublishCycle(null)).then(new CyclePublished(ID, JUNE_10));
        fixture.given(OPENED, new CycleSnapshotTaken(ID, JUNE_10)).when(new PublishCycle(NOW)).thenRejected(422, "asOf");
    }

    @Test
    void aClosedCycleTakesNoSnapshotAndClosesOnce() {
        fixture.given(OPENED).when(new CloseCycle()).then(new CycleClosed(ID));
        fixture.given(OPENED, new CycleClosed(ID)).when(new TakeSnapshot(JUNE_10, NOW)).thenRejected(409, "status");
        fixture.given(OPENED, new CycleClosed(ID)).when(new CloseCycle()).thenRejected(409, "status");
    }
}
