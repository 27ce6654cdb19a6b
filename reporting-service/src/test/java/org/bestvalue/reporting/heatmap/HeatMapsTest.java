package org.bestvalue.reporting.heatmap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeatMapsTest {
    @Test
    void percentagesRoundHalfUpToTheCommitteeReportsFigures() {
        assertThat(HeatMaps.percent(55, 73)).isEqualTo(75);
        assertThat(HeatMaps.percent(15, 73)).isEqualTo(21);
        assertThat(HeatMaps.percent(13, 73)).isEqualTo(18);
        assertThat(HeatMaps.percent(42, 73)).isEqualTo(58);
        assertThat(HeatMaps.percent(1, 73)).isEqualTo(1);
        assertThat(HeatMaps.percent(1, 2)).isEqualTo(50);
        assertThat(HeatMaps.percent(1, 8)).isEqualTo(13);
        assertThat(HeatMaps.percent(0, 0)).isZero();
    }

    @Test
    void aScoreEventTakesTheCellToItsStatus() {
        assertThat(CellStatus.after("ScoreRecorded")).isEqualTo(CellStatus.SCORED);
        assertThat(CellStatus.after("ScoreModerated")).isEqualTo(CellStatus.MODERATED);
        assertThat(CellStatus.after("LeadershipReviewed")).isEqualTo(CellStatus.MODERATED);
        assertThat(CellStatus.after("ScoreReopened")).isEqualTo(CellStatus.UNSCORED);
        assertThat(CellStatus.after("ScoreFinalised")).isEqualTo(CellStatus.FINAL);
    }
}
