package org.bestvalue.assessment.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An assessment cycle: one council's self-assessment of one year against one framework version. */
public record Cycle(UUID id, int year, String title, UUID frameworkVersionId, UUID carriedForwardFrom, Status status,
                    List<Instant> snapshots, Instant publishedAsOf) {

    public enum Status { OPEN, SNAPSHOT_TAKEN, CLOSED }

    public static final Cycle NONE = new Cycle(null, 0, null, null, null, null, List.of(), null);

    public boolean exists() {
        return id != null;
    }

    /** Narratives and evidence links of a closed cycle no longer change. */
    public boolean acceptsWrites() {
        return exists() && status != Status.CLOSED;
    }

    public Instant latestSnapshot() {
        return snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
    }

    Cycle withStatus(Status s) {
        return new Cycle(id, year, title, frameworkVersionId, carriedForwardFrom, s, snapshots, publishedAsOf);
    }

    Cycle withSnapshot(Instant asOf) {
        List<Instant> all = new ArrayList<>(snapshots);
        all.add(asOf);
        return new Cycle(id, year, title, frameworkVersionId, carriedForwardFrom, Status.SNAPSHOT_TAKEN, List.copyOf(all), publishedAsOf);
    }

    Cycle withPublished(Instant asOf) {
        return new Cycle(id, year, title, frameworkVersionId, carriedForwardFrom, status, snapshots, asOf);
    }
}
