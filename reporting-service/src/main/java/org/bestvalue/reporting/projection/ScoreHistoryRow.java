package org.bestvalue.reporting.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One score event of a cycle: the heat-map at any instant, a characteristic's history and agreement come from these. */
@Entity
@Table(name = "score_history")
public class ScoreHistoryRow extends StreamEventRow {
    @Column(name = "round_id")
    public String roundId;
    @Column(name = "theme_code")
    public String themeCode;
    public String status;
    public String colour;
    @Column(name = "previous_colour")
    public String previousColour;
    public String reason;
    public String decision;
    @Column(name = "correlation_id")
    public String correlationId;
}
