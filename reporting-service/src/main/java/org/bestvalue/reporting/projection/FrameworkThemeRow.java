package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A theme of a framework version. */
@Entity
@Table(name = "themes")
public class FrameworkThemeRow extends CatalogueEntryRow {
}
