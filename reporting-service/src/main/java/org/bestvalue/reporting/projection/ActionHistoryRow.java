package org.bestvalue.reporting.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One opportunity or action event of a cycle, with its data (an action's state is folded from them). */
@Entity
@Table(name = "action_history")
public class ActionHistoryRow extends StreamEventRow {
    @Column(name = "opportunity_id")
    public String opportunityId;
    @Column(name = "action_id")
    public String actionId;
    @JdbcTypeCode(SqlTypes.JSON)
    public String data;
}
