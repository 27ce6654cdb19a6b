package org.bestvalue.reporting.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A cycle as CycleOpened recorded it (read side; the consumer writes it through the PG client). */
@Entity
@Table(name = "cycles")
public class CycleRow extends GenerationRow {
    @Id
    @Column(name = "cycle_id")
    public String cycleId;
    @Column(name = "council_id")
    public String councilId;
    public int year;
    public String title;
    @Column(name = "framework_version_id")
    public String frameworkVersionId;
    @Column(name = "carried_forward_from")
    public String carriedForwardFrom;
    @Column(name = "opened_at")
    public Instant openedAt;
}
