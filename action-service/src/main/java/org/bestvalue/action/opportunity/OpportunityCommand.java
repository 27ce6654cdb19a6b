package org.bestvalue.action.opportunity;

/** What planners and the score consumer ask of an opportunity. */
public sealed interface OpportunityCommand {

    /**
     * A planner raises an opportunity.
     *
     * @param characteristic the catalogue entry of the code in the cycle's framework, null when unknown there
     */
    record RaiseOpportunity(String opportunityId, String cycleId, String characteristicCode,
                            CatalogueEntry characteristic, String gap) implements OpportunityCommand {
    }

    /**
     * A characteristic's score became final: propose an opportunity unless one exists or none is needed.
     *
     * @param rationale the scorers' own words for the colour (the reviewer's rationale, or the reason of a moderator's
     *                  or leadership's revision), null when none reached this service
     */
    record ProposeFromFinalScore(String opportunityId, String cycleId, String characteristicCode, Colour colour,
                                 String rationale) implements OpportunityCommand {
    }

    record ReviseGap(String gap) implements OpportunityCommand {
    }
}
