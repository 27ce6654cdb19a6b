package org.bestvalue.reporting.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A characteristic of a framework version; a cross-reference names the one it points to. */
@Entity
@Table(name = "characteristics")
public class CharacteristicRow extends CatalogueEntryRow {
    @Column(name = "theme_code")
    public String themeCode;
    public String description;
    @Column(name = "cross_reference_to")
    public String crossReferenceTo;
}
