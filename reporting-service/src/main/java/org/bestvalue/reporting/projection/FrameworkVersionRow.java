package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An imported framework version. */
@Entity
@Table(name = "framework_versions")
public class FrameworkVersionRow extends GenerationRow {
    @Id
    public String frameworkVersionId;
    public String councilId;
    public String name;
    public String label;
    public String predecessorId;
    public Instant importedAt;
}
