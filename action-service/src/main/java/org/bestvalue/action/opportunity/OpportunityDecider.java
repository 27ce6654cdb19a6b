package org.bestvalue.action.opportunity;

import org.bestvalue.action.opportunity.OpportunityCommand.ProposeFromFinalScore;
import org.bestvalue.action.opportunity.OpportunityCommand.RaiseOpportunity;
import org.bestvalue.action.opportunity.OpportunityCommand.ReviseGap;
import org.bestvalue.action.opportunity.OpportunityEvent.OpportunityGapRevised;
import org.bestvalue.action.opportunity.OpportunityEvent.OpportunityRaised;
import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;

import java.util.List;

/**
 * The rules of an opportunity for improvement. There is one per cycle and characteristic (the report's
 * Appendix A lists each characteristic once), so the stream id is derived from both and a second raise
 * or proposal finds the first.
 */
public final class OpportunityDecider extends CommandTable<OpportunityCommand, OpportunityEvent, Opportunity> {
    public static final int GAP_MAX = 4000;

    public OpportunityDecider() {
        super(OpportunityCommand.class, Opportunity.NONE);
        startedBy(() -> new NotFound("opportunity not found"), RaiseOpportunity.class, ProposeFromFinalScore.class);
        when(OpportunityRaised.class, (state, e) ->
                new Opportunity(e.opportunityId(), e.cycleId(), e.characteristicCode(), e.gap(), e.origin(), e.colour()));
        when(OpportunityGapRevised.class, (state, e) -> new Opportunity(state.opportunityId(), state.cycleId(),
                state.characteristicCode(), e.gap(), state.origin(), state.colour()));
    }

    private static List<OpportunityEvent> raise(RaiseOpportunity c, Opportunity state) {
        if (c.characteristic() == null) {
            throw new RuleViolation("unknown-characteristic", "characteristicCode",
                    "Characteristic " + c.characteristicCode() + " is not in the framework of cycle " + c.cycleId());
        }
        if (c.characteristic().crossReferenceTo() != null) {
            throw new RuleViolation("cross-reference-characteristic", "characteristicCode",
                    c.characteristicCode() + " reads \"see " + c.characteristic().crossReferenceTo()
                            + "\"; raise the opportunity on " + c.characteristic().crossReferenceTo());
        }
        requireGap(c.gap());
        if (state.exists()) {
            throw new RuleViolation(409, "opportunity-exists", "characteristicCode",
                    c.characteristicCode() + " already has opportunity " + state.opportunityId()
                            + " in this cycle; add actions to it or revise its gap");
        }
        return List.of(new OpportunityRaised(c.opportunityId(), c.cycleId(), c.characteristicCode(), c.gap().strip(),
                Origin.PLANNER, null));
    }

    private static List<OpportunityEvent> propose(ProposeFromFinalScore c, Opportunity state) {
        if (state.exists() || c.colour() == null || !c.colour().leavesRoomToImprove()) return List.of();
        return List.of(new OpportunityRaised(c.opportunityId(), c.cycleId(), c.characteristicCode(),
                ProposedGap.text(c.colour(), c.rationale()),
                Origin.SCORE, c.colour()));
    }

    private static List<OpportunityEvent> revise(ReviseGap c, Opportunity state) {
        requireGap(c.gap());
        if (c.gap().strip().equals(state.gap())) return List.of();
        return List.of(new OpportunityGapRevised(state.opportunityId(), state.cycleId(), state.characteristicCode(),
                c.gap().strip()));
    }

    private static void requireGap(String gap) {
        if (gap == null || gap.isBlank()) {
            throw new RuleViolation("gap-required", "gap", "Describe the gap the opportunity addresses");
        }
        if (gap.length() > GAP_MAX) {
            throw new RuleViolation("gap-too-long", "gap", "The gap is at most " + GAP_MAX + " characters");
        }
    }
}
