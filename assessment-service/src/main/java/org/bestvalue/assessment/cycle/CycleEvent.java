package org.bestvalue.assessment.cycle;

import java.time.Instant;
import java.util.UUID;

/** What happens to an assessment cycle (stream type {@code cycle}); the contract is in docs/events.md. */
public sealed interface CycleEvent {
    UUID cycleId();

    record CycleOpened(UUID cycleId, int year, String title, UUID frameworkVersionId, UUID carriedForwardFrom)
            implements CycleEvent {
    }

    record CycleSnapshotTaken(UUID cycleId, Instant asOf) implements CycleEvent {
    }

    record CyclePublished(UUID cycleId, Instant asOf) implements CycleEvent {
    }

    record CycleClosed(UUID cycleId) implements CycleEvent {
    }
}
