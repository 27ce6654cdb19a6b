package org.bestvalue.reporting.projection;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A theme or characteristic of a framework version, in the framework's order. */
@MappedSuperclass
public abstract class CatalogueEntryRow extends FrameworkPartRow {
    @Id
    public String code;
    public String title;
    public int ord;
}
