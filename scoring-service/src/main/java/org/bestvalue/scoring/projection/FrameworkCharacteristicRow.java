package org.bestvalue.scoring.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.bestvalue.scoring.score.Characteristic;

import java.io.Serializable;

/** A characteristic of a framework version in scoring's local view (read side; AssessmentView writes it). */
@Entity
@Table(name = "framework_characteristic")
@IdClass(FrameworkCharacteristicRow.Key.class)
public class FrameworkCharacteristicRow extends PanacheEntityBase {
    public record Key(String frameworkVersionId, String code) implements Serializable {
    }

    @Id
    public String frameworkVersionId;
    @Id
    public String code;
    public String themeCode;
    public String title;
    public Integer ord;
    /** "see CI012": never scored. */
    public String crossReferenceTo;

    public Characteristic characteristic() {
        return new Characteristic(code, themeCode, crossReferenceTo);
    }
}
