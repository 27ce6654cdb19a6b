package org.bestvalue.reporting.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An imported framework version. */
@Entity
@Table(name = "framework_versions")
public class FrameworkVersionRow extends GenerationRow {
    @Id
    @Column(name = "framework_version_id")
    public String frameworkVersionId;
    @Column(name = "council_id")
    public String councilId;
    public String name;
    public String label;
    @Column(name = "predecessor_id")
    public String predecessorId;
    @Column(name = "imported_at")
    public Instant importedAt;
}
