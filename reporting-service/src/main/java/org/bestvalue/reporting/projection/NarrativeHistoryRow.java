package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One narrative event of a cycle: a revision's text, evidence attached or detached, a change of status. */
@Entity
@Table(name = "narrative_history")
public class NarrativeHistoryRow extends StreamEventRow {
    public String narrativeId;
    public Integer revision;
    public String text;
    public String evidenceId;
    public String status;
}
