package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A characteristic of a framework version; a cross-reference names the one it points to. */
@Entity
@Table(name = "characteristics")
public class CharacteristicRow extends CatalogueEntryRow {
    public String themeCode;
    public String description;
    public String crossReferenceTo;
}
