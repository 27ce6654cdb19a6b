package org.bestvalue.reporting.projection;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/** A row that records one event of a cycle: keyed by the event id, with who and when. */
@MappedSuperclass
public abstract class CycleEventRow extends GenerationRow {
    @Id
    public UUID eventId;
    public String councilId;
    public String cycleId;
    public String actor;
    public Instant at;
}
