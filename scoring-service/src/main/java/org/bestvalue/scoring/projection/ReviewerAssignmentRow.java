package org.bestvalue.scoring.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The reviewer assigned to a theme of a round (read side; ScoringProjection writes it). */
@Entity
@Table(name = "reviewer_assignment")
@IdClass(ReviewerAssignmentRow.Key.class)
public class ReviewerAssignmentRow extends PanacheEntityBase {
    public record Key(String roundId, String themeCode) implements Serializable {
    }

    @Id
    public String roundId;
    @Id
    public String themeCode;
    public String councilId;
    public String reviewerId;
    public Instant assignedAt;
    public String assignedBy;
}
