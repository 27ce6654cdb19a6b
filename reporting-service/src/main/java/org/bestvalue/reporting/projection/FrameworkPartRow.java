package org.bestvalue.reporting.projection;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one framework version. */
@MappedSuperclass
public abstract class FrameworkPartRow extends GenerationRow {
    @Id
    public String frameworkVersionId;
}
