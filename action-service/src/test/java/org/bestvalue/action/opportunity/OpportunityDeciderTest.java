package org.bestvalue.action.opportunity;

import org.bestvalue.action.opportunity.OpportunityCommand.ProposeFromFinalScore;
import org.bestvalue.action.opportunity.OpportunityCommand.RaiseOpportunity;
import org.bestvalue.action.opportunity.OpportunityCommand.ReviseGap;
import org.bestvalue.action.opportunity.OpportunityEvent.OpportunityGapRevised;
import org.bestvalue.action.opportunity.OpportunityEvent.OpportunityRaised;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Given past events, when a command, then new events or a broken rule. */
class OpportunityDeciderTest {
    private static final String ID = "opp-1";
    private static final String CYCLE = "cycle-2024";
    private static final CatalogueEntry CI011 = new CatalogueEntry("CI011", "CI", "Benchmarking", null);
    private static final OpportunityRaised RAISED = new OpportunityRaised(ID, CYCLE, "CI011", "No benchmarking", Origin.PLANNER, null);

    private final OpportunityDecider decider = new OpportunityDecider();

    private List<OpportunityEvent> given(OpportunityCommand when, OpportunityEvent... past) {
        return decider.decide(when, decider.fold(Arrays.asList(past)));
    }

    private RuleViolation rejected(OpportunityCommand when, OpportunityEvent... past) {
        return assertThrows(RuleViolation.class, () -> given(when, past));
    }

    @Test
    void plannerRaisesAnOpportunityOnAKnownCharacteristic() {
        assertEquals(List.of(new OpportunityRaised(ID, CYCLE, "CI011", "No benchmarking", Origin.PLANNER, null)),
                given(new RaiseOpportunity(ID, CYCLE, "CI011", CI011, "  No benchmarking ")));
    }

    @Test
    void anUnknownCharacteristicIsRefusedNamingTheField() {
        RuleViolation v = rejected(new RaiseOpportunity(ID, CYCLE, "ZZ999", null, "gap"));
        assertEquals(422, v.status());
        assertEquals("characteristicCode", v.field());
        assertEquals("unknown-characteristic", v.code());
    }

    @Test
    void aCrossReferenceCellCannotCarryAnOpportunity() {
        RuleViolation v = rejected(new RaiseOpportunity(ID, CYCLE, "G002", new CatalogueEntry("G002", "G", "see CI012", "CI012"), "gap"));
        assertEquals("cross-reference-characteristic", v.code());
        assertEquals("characteristicCode", v.field());
    }

    @Test
    void anOpportunityNeedsAGap() {
        RuleViolation v = rejected(new RaiseOpportunity(ID, CYCLE, "CI011", CI011, "  "));
        assertEquals("gap", v.field());
        assertEquals(422, v.status());
    }

    @Test
    void aCharacteristicHasOneOpportunityPerCycle() {
        RuleViolation v = rejected(new RaiseOpportunity(ID, CYCLE, "CI011", CI011, "another gap"), RAISED);
        assertEquals(409, v.status());
        assertEquals("opportunity-exists", v.code());
    }

    @Test
    void aFinalYellowScoreProposesAnOpportunity() {
        List<OpportunityEvent> events = given(new ProposeFromFinalScore(ID, CYCLE, "CI011", Colour.YELLOW, "Gaps in the narrative"));
        assertEquals(List.of(new OpportunityRaised(ID, CYCLE, "CI011", "Partly evidenced, with gaps in the narrative: Gaps in the narrative", Origin.SCORE,
                Colour.YELLOW)), events);
    }

    @ParameterizedTest
    @EnumSource(value = Colour.class, names = {"LIGHT_GREEN", "YELLOW", "AMBER", "RED"})
    void everyFinalColourBelowDarkGreenExceptGreyProposes(Colour colour) {
        assertEquals(1, given(new ProposeFromFinalScore(ID, CYCLE, "CI011", colour, null)).size());
    }

    @ParameterizedTest
    @EnumSource(value = Colour.class, names = {"DARK_GREEN", "GREY"})
    void darkGreenAndGreyProposeNothing(Colour colour) {
        assertTrue(given(new ProposeFromFinalScore(ID, CYCLE, "CI011", colour, "r")).isEmpty());
    }

    @Test
    void aProposalFindsAnExistingOpportunityAndProposesNothing() {
        assertTrue(given(new ProposeFromFinalScore(ID, CYCLE, "CI011", Colour.AMBER, "again"), RAISED).isEmpty());
    }

    @Test
    void aPlannerRevisesTheGap() {
        assertEquals(List.of(new OpportunityGapRevised(ID, CYCLE, "CI011", "Benchmarks missing in 4 of 9 services")),
                given(new ReviseGap("Benchmarks missing in 4 of 9 services"), RAISED));
    }

    @Test
    void revisingToTheSameGapChangesNothing() {
        assertTrue(given(new ReviseGap("No benchmarking"), RAISED).isEmpty());
    }

    @Test
    void revisingAnOpportunityThatWasNeverRaisedIsNotFound() {
        assertThrows(NotFound.class, () -> given(new ReviseGap("x")));
    }
}
