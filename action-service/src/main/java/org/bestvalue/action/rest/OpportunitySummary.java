package org.bestvalue.action.rest;

import org.bestvalue.action.projection.OpportunityRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An opportunity for improvement as listed for a cycle, with how many actions it has. */
@Schema(name = "OpportunitySummary")
public record OpportunitySummary(String opportunityId, String cycleId, String characteristicCode, String characteristicTitle,
                                 String themeCode, String gap, String origin, String colour, Instant raisedAt, String raisedBy,
                                 int actions, long version) {

    static OpportunitySummary of(OpportunityRow o) {
        return new OpportunitySummary(o.opportunityId, o.cycleId, o.characteristicCode, o.characteristicTitle, o.themeCode,
                o.gap, o.origin, o.colour, o.raisedAt, o.raisedBy, o.actionCount, o.version);
    }
}
