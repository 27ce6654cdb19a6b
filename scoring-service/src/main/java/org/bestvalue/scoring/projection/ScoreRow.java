package org.bestvalue.scoring.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One characteristic's score in one round, at its latest version (read side; ScoringProjection writes it). */
@Entity
@Table(name = "score")
@IdClass(ScoreRow.Key.class)
public class ScoreRow extends PanacheEntityBase {
    public record Key(String roundId, String characteristicCode) implements Serializable {
    }

    @Id
    public String roundId;
    @Id
    public String characteristicCode;
    public String councilId;
    public String cycleId;
    public String themeCode;
    public String status;
    public String colour;
    public String reviewerId;
    public String rationale;
    public String[] evidenceSampled;
    public String moderationOutcome;
    public String moderatorId;
    public String moderationReason;
    public String leadershipDecision;
    public String leadershipReason;
    public Instant reopenedAt;
    public Instant updatedAt;
    public String updatedBy;
    public long version;
}
