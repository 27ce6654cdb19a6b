package org.bestvalue.scoring.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.io.Serializable;

/**
 * A theme or characteristic of a framework version in scoring's local view (read side; AssessmentView writes it):
 * keyed by the version and its code, with its place in the framework's order.
 */
@MappedSuperclass
public abstract class FrameworkEntryRow extends PanacheEntityBase {
    /** The key of every framework entry (each entity names it in {@code @IdClass}). */
    public record Key(String frameworkVersionId, String code) implements Serializable {
    }

    @Id
    public String frameworkVersionId;
    @Id
    public String code;
    public String title;
    public Integer ord;
}
