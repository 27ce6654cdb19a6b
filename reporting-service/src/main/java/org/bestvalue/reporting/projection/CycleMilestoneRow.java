package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A snapshot, publication or closure of a cycle, one row per event. */
@Entity
@Table(name = "cycle_milestones")
public class CycleMilestoneRow extends CycleEventRow {
    /** SNAPSHOT_TAKEN, PUBLISHED or CLOSED. */
    public String kind;
    public Instant asOf;
}
