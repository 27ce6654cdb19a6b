package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A cycle as CycleOpened recorded it (read side; the consumer writes it through the PG client). */
@Entity
@Table(name = "cycles")
public class CycleRow extends GenerationRow {
    @Id
    public String cycleId;
    public String councilId;
    public int year;
    public String title;
    public String frameworkVersionId;
    public String carriedForwardFrom;
    public Instant openedAt;
}
