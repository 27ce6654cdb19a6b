package org.bestvalue.action.rest;

import org.bestvalue.action.opportunity.Colour;
import org.bestvalue.action.opportunity.Opportunity;
import org.bestvalue.action.opportunity.Origin;
import org.bestvalue.action.projection.ActionPlanLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An opportunity for improvement and its actions; {@code version} is the ETag a write names in If-Match. */
@Schema(name = "Opportunity")
public record OpportunityResponse(String opportunityId, String cycleId, String characteristicCode, String gap,
                                  Origin origin, Colour colour, long version, List<ActionPlanLine> actions) {

    static OpportunityResponse of(Opportunity o, long version, List<ActionPlanLine> actions) {
        return new OpportunityResponse(o.opportunityId(), o.cycleId(), o.characteristicCode(), o.gap(), o.origin(),
                o.colour(), version, actions);
    }
}
