package org.bestvalue.scoring.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A theme of a framework version in scoring's local view (read side; AssessmentView writes it). */
@Entity
@Table(name = "framework_theme")
@IdClass(FrameworkThemeRow.Key.class)
public class FrameworkThemeRow extends PanacheEntityBase {
    public record Key(String frameworkVersionId, String code) implements Serializable {
    }

    @Id
    public String frameworkVersionId;
    @Id
    public String code;
    public String title;
    public Integer ord;
}
