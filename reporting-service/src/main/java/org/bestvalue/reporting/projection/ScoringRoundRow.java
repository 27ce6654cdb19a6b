package org.bestvalue.reporting.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A scoring round of a cycle. */
@Entity
@Table(name = "scoring_rounds")
public class ScoringRoundRow extends GenerationRow {
    @Id
    @Column(name = "round_id")
    public String roundId;
    @Column(name = "council_id")
    public String councilId;
    @Column(name = "cycle_id")
    public String cycleId;
    public String name;
    public String kind;
    @Column(name = "opened_at")
    public Instant openedAt;
}
