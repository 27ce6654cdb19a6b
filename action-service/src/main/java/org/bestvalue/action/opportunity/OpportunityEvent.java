package org.bestvalue.action.opportunity;

/** What happens to an opportunity for improvement; published on {@code bv.action.events}. */
public sealed interface OpportunityEvent {
    String opportunityId();

    String cycleId();

    String characteristicCode();

    /** An opportunity for improvement was identified for a characteristic of a cycle. */
    record OpportunityRaised(String opportunityId, String cycleId, String characteristicCode, String gap,
                             Origin origin, Colour colour) implements OpportunityEvent {
    }

    /** A planner described the gap anew (e.g. after an automatic proposal). */
    record OpportunityGapRevised(String opportunityId, String cycleId, String characteristicCode, String gap)
            implements OpportunityEvent {
    }
}
