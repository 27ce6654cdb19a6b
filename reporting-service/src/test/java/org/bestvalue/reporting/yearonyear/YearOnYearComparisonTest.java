package org.bestvalue.reporting.yearonyear;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bestvalue.reporting.heatmap.Colour.*;

class YearOnYearComparisonTest {
    @Test
    void aBetterColourIsAnImprovementAndAWorseOneADecline() {
        assertThat(YearOnYearComparison.movement(false, YELLOW, LIGHT_GREEN)).isEqualTo(Movement.IMPROVED);
        assertThat(YearOnYearComparison.movement(false, AMBER, RED)).isEqualTo(Movement.DECLINED);
        assertThat(YearOnYearComparison.movement(false, DARK_GREEN, DARK_GREEN)).isEqualTo(Movement.UNCHANGED);
    }

    @Test
    void greyCountsInNeitherDirection() {
        assertThat(YearOnYearComparison.movement(false, GREY, DARK_GREEN)).isEqualTo(Movement.NOT_COMPARABLE);
        assertThat(YearOnYearComparison.movement(false, RED, GREY)).isEqualTo(Movement.NOT_COMPARABLE);
        assertThat(YearOnYearComparison.movement(false, GREY, GREY)).isEqualTo(Movement.UNCHANGED);
    }

    @Test
    void aCharacteristicWithNoPredecessorOrNoEarlierScoreIsNew() {
        assertThat(YearOnYearComparison.movement(true, null, LIGHT_GREEN)).isEqualTo(Movement.NEW);
        assertThat(YearOnYearComparison.movement(false, null, LIGHT_GREEN)).isEqualTo(Movement.NEW);
    }
}
