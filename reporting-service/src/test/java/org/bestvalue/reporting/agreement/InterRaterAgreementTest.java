package org.bestvalue.reporting.agreement;

import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.ScoreEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bestvalue.reporting.heatmap.Colour.*;

class InterRaterAgreementTest {
    private final List<ScoreEntry> history = new ArrayList<>();
    private int minute;

    private void pair(String code, Colour reviewer, Colour moderator) {
        history.add(entry(code, "ScoreRecorded", reviewer, "reviewer-1"));
        history.add(entry(code, "ScoreModerated", moderator, "moderator-1"));
    }

    private ScoreEntry entry(String code, String type, Colour colour, String actor) {
        return new ScoreEntry(UUID.randomUUID(), "round-1", code, "CI", type, CellStatus.after(type), colour, null, "r", null,
                actor, Instant.parse("2024-05-01T09:00:00Z").plusSeconds(60L * minute++), code, minute);
    }

    /** Six pairs whose linearly weighted kappa was computed by hand: 0.714. */
    private void theSixHandComputedPairs() {
        pair("A", DARK_GREEN, DARK_GREEN);
        pair("B", LIGHT_GREEN, LIGHT_GREEN);
        pair("C", YELLOW, YELLOW);
        pair("D", DARK_GREEN, LIGHT_GREEN);
        pair("E", AMBER, AMBER);
        pair("F", LIGHT_GREEN, YELLOW);
    }

    private InterRaterAgreement agreement() {
        return InterRaterAgreement.of("round-1", "Initial", "INITIAL", history);
    }

    @Test
    void linearlyWeightedKappaMatchesTheHandComputedValue() {
        theSixHandComputedPairs();
        InterRaterAgreement a = agreement();
        assertThat(a.pairs()).isEqualTo(6);
        assertThat(a.exactAgreements()).isEqualTo(4);
        assertThat(a.exactAgreementPercent()).isEqualTo(66.7);
        // (1 − Σw·o/Σw·e) with w = |i − j| / 4, computed by hand: 0.714
        assertThat(a.weightedKappa()).isEqualTo(0.714);
    }

    @Test
    void greyPairsCountForExactAgreementButAreLeftOutOfKappa() {
        theSixHandComputedPairs();
        pair("G", GREY, GREY);
        pair("H", GREY, RED);
        InterRaterAgreement a = agreement();
        assertThat(a.pairs()).isEqualTo(8);
        assertThat(a.exactAgreements()).as("the four of the six and grey-grey").isEqualTo(5);
        assertThat(a.pairsInKappa()).isEqualTo(6);
        assertThat(a.pairsExcludedAsGrey()).isEqualTo(2);
        assertThat(a.weightedKappa()).as("the six pairs' kappa, untouched by the grey ones").isEqualTo(0.714);
        assertThat(a.kappaNote()).contains("2 pair(s) with grey excluded");
    }

    @Test
    void kappaIsUndefinedWhenBothRatersUsedOneColour() {
        pair("A", LIGHT_GREEN, LIGHT_GREEN);
        pair("B", LIGHT_GREEN, LIGHT_GREEN);
        InterRaterAgreement a = agreement();
        assertThat(a.weightedKappa()).isNull();
        assertThat(a.exactAgreementPercent()).isEqualTo(100.0);
    }

    @Test
    void onlyTheFirstModerationOfAScoreIsCompared() {
        pair("A", LIGHT_GREEN, YELLOW);
        history.add(entry("A", "ScoreModerated", LIGHT_GREEN, "moderator-2"));
        InterRaterAgreement a = agreement();
        assertThat(a.details()).singleElement().satisfies(p -> assertThat(p.moderator()).isEqualTo(YELLOW));
    }
}
