package org.bestvalue.action.opportunity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ProposedGapTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LIGHT_GREEN | Evidence supports the narrative, with gaps in the evidence: Benchmarking is patchy",
            "YELLOW      | Partly evidenced, with gaps in the narrative: Benchmarking is patchy",
            "AMBER       | Limited evidence for the narrative so far: Benchmarking is patchy",
            "RED         | Little or no evidence of success yet: Benchmarking is patchy"})
    void eachColourBelowDarkGreenReadsAsTheCouncilsAppendixA(Colour colour, String expected) {
        assertEquals(expected, ProposedGap.text(colour, "  Benchmarking is patchy "));
    }

    @Test
    void withoutTheScorersWordsTheGapPointsToTheReviewersRationale() {
        assertEquals("Evidence supports the narrative, with gaps in the evidence: see the reviewer's rationale",
                ProposedGap.text(Colour.LIGHT_GREEN, null));
        assertEquals("Little or no evidence of success yet: see the reviewer's rationale", ProposedGap.text(Colour.RED, " "));
    }

    @ParameterizedTest
    @EnumSource(Colour.class)
    void noColourIsNamedAsAConstant(Colour colour) {
        String gap = ProposedGap.text(colour, null);
        assertFalse(gap.contains(colour.name()), gap);
        assertFalse(gap.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*"), gap);
    }

    @Test
    void aLongRationaleIsCutToTheLongestGap() {
        assertEquals(OpportunityDecider.GAP_MAX, ProposedGap.text(Colour.AMBER, "x".repeat(5000)).length());
    }
}
