package org.bestvalue.scoring.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A cycle as scoring's local view of the assessment knows it (read side; AssessmentView writes it). */
@Entity
@Table(name = "assessment_cycle")
public class AssessmentCycleRow extends PanacheEntityBase {
    @Id
    public String cycleId;
    public String councilId;
    public String frameworkVersionId;
    public Integer year;
    public String title;
    public boolean closed;
}
