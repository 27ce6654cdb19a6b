package org.bestvalue.scoring.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.bestvalue.scoring.score.Characteristic;

/** A characteristic of a framework version in scoring's local view (read side; AssessmentView writes it). */
@Entity
@Table(name = "framework_characteristic")
@IdClass(FrameworkEntryRow.Key.class)
public class FrameworkCharacteristicRow extends FrameworkEntryRow {
    public String themeCode;
    /** "see CI012": never scored. */
    public String crossReferenceTo;

    public Characteristic characteristic() {
        return new Characteristic(code, themeCode, crossReferenceTo);
    }
}
