package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A scoring round of a cycle. */
@Entity
@Table(name = "scoring_rounds")
public class ScoringRoundRow extends GenerationRow {
    @Id
    public String roundId;
    public String councilId;
    public String cycleId;
    public String name;
    public String kind;
    public Instant openedAt;
}
