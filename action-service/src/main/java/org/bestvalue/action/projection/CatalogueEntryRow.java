package org.bestvalue.action.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.io.Serializable;

/**
 * A theme or characteristic of a framework version, learnt from FrameworkVersionImported: keyed by the version and
 * its code, in the framework's order.
 */
@MappedSuperclass
public abstract class CatalogueEntryRow extends PanacheEntityBase {
    /** The key of every catalogue entry (each entity names it in {@code @IdClass}). */
    public record Key(String frameworkVersionId, String code) implements Serializable {
    }

    @Id
    public String frameworkVersionId;
    @Id
    public String code;
    public String title;
    @Column(name = "sort_order")
    public int sortOrder;
}
