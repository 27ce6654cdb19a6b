package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One score event of a cycle: the heat-map at any instant, a characteristic's history and agreement come from these. */
@Entity
@Table(name = "score_history")
public class ScoreHistoryRow extends StreamEventRow {
    public String roundId;
    public String themeCode;
    public String status;
    public String colour;
    public String previousColour;
    public String reason;
    public String decision;
    public String correlationId;
}
