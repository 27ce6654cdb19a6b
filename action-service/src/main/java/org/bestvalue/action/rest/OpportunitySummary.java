package org.bestvalue.action.projection;

import java.time.Instant;

/** An opportunity for improvement as listed for a cycle. */
public record OpportunityRow(String opportunityId, String cycleId, String characteristicCode, String characteristicTitle,
                             String themeCode, String gap, String origin, String colour, Instant raisedAt, String raisedBy,
                             int actions, long version) {
}
