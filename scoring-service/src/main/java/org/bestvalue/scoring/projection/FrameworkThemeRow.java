package org.bestvalue.scoring.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A theme of a framework version in scoring's local view (read side; AssessmentView writes it). */
@Entity
@Table(name = "framework_theme")
@IdClass(FrameworkEntryRow.Key.class)
public class FrameworkThemeRow extends FrameworkEntryRow {
}
