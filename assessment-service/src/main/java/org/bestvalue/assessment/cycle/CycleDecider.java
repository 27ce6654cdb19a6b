package org.bestvalue.assessment.cycle;

import org.bestvalue.assessment.cycle.CycleCommand.CloseCycle;
import org.bestvalue.assessment.cycle.CycleCommand.OpenCycle;
import org.bestvalue.assessment.cycle.CycleCommand.PublishCycle;
import org.bestvalue.assessment.cycle.CycleCommand.TakeSnapshot;
import org.bestvalue.assessment.cycle.CycleEvent.CycleClosed;
import org.bestvalue.assessment.cycle.CycleEvent.CycleOpened;
import org.bestvalue.assessment.cycle.CycleEvent.CyclePublished;
import org.bestvalue.assessment.cycle.CycleEvent.CycleSnapshotTaken;
import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.RuleViolation;

import java.time.Instant;
import java.util.List;

/** Decides the life of an assessment cycle: open → snapshot taken (any number of times) → closed; publish a snapshot. */
public class CycleDecider extends CommandTable<CycleCommand, CycleEvent, Cycle> {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public CycleDecider() {
        super(CycleCommand.class, Cycle.NONE);
        startedBy(() -> new RuleViolation(404, "not-found", "cycleId", "No such cycle"), OpenCycle.class);
        when(CycleOpened.class, (state, e) -> new Cycle(e.cycleId(), e.year(), e.title(), e.frameworkVersionId(),
                e.carriedForwardFrom(), Cycle.Status.OPEN, List.of(), null));
        when(CycleSnapshotTaken.class, (state, e) -> state.withSnapshot(e.asOf()));
        when(CyclePublished.class, (state, e) -> state.withPublished(e.asOf()));
        when(CycleClosed.class, (state, e) -> state.withStatus(Cycle.Status.CLOSED));
    }

    private List<CycleEvent> open(OpenCycle c, Cycle state) {
        if (state.exists()) throw new RuleViolation(409, "cycle-exists", "cycleId", "The cycle is already open");
        if (c.year() < FIRST_YEAR || c.year() > LAST_YEAR)
            throw new RuleViolation("invalid-year", "year", "year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        if (c.title() == null || c.title().isBlank()) throw new RuleViolation("title-required", "title", "title is required");
        if (c.frameworkVersionId() == null)
            throw new RuleViolation("framework-version-required", "frameworkVersionId", "frameworkVersionId is required");
        return List.of(new CycleOpened(c.cycleId(), c.year(), c.title().trim(), c.frameworkVersionId(), c.carriedForwardFrom()));
    }

    private List<CycleEvent> snapshot(TakeSnapshot c, Cycle state) {
        if (state.status() == Cycle.Status.CLOSED)
            throw new RuleViolation(409, "cycle-closed", "status", "A closed cycle takes no snapshot");
        Instant asOf = c.asOf() == null ? c.now() : c.asOf();
        if (asOf.isAfter(c.now())) throw new RuleViolation("snapshot-in-future", "asOf", "A snapshot cannot be taken as of a future instant");
        Instant latest = state.latestSnapshot();
        if (latest != null && !asOf.isAfter(latest))
            throw new RuleViolation(409, "snapshot-not-after-latest", "asOf", "asOf must be after the latest snapshot (" + latest + ")");
        return List.of(new CycleSnapshotTaken(state.id(), asOf));
    }

    private List<CycleEvent> publish(PublishCycle c, Cycle state) {
        if (state.snapshots().isEmpty())
            throw new RuleViolation(409, "no-snapshot", "status", "Take a snapshot before publishing: the public sees a frozen heat-map");
        Instant asOf = c.asOf() == null ? state.latestSnapshot() : c.asOf();
        if (!state.snapshots().contains(asOf))
            throw new RuleViolation("unknown-snapshot", "asOf", "No snapshot was taken as of " + asOf);
        if (asOf.equals(state.publishedAsOf()))
            throw new RuleViolation(409, "already-published", "asOf", "The snapshot as of " + asOf + " is already published");
        return List.of(new CyclePublished(state.id(), asOf));
    }

    private List<CycleEvent> close(CloseCycle c, Cycle state) {
        if (state.status() == Cycle.Status.CLOSED) throw new RuleViolation(409, "cycle-closed", "status", "The cycle is already closed");
        return List.of(new CycleClosed(state.id()));
    }
}
