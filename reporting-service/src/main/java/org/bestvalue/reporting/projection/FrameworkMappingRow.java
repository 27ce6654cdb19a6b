package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the mapping of a framework version onto its predecessor. */
@Entity
@Table(name = "framework_mappings")
public class FrameworkMappingRow extends FrameworkPartRow {
    @Id
    public int seq;
    public String code;
    public String predecessorCode;
    public String change;
}
