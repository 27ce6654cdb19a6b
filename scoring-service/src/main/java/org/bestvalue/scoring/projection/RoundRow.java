package org.bestvalue.scoring.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A scoring round as the query table holds it (read side; ScoringProjection writes it in the append transaction). */
@Entity
@Table(name = "scoring_round")
public class RoundRow extends PanacheEntityBase {
    @Id
    public String roundId;
    public String councilId;
    public String cycleId;
    public String name;
    public String kind;
    public String status;
    public Instant openedAt;
    public String openedBy;
    public Instant snapshotAt;
    public String closedBy;
    public long version;
}
