package org.bestvalue.reporting.progressreport;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** When no previous report is named, the progress report looks back to the last quarter end before its date. */
class ProgressReportsTest {
    @Test
    void theJanuaryReportLooksBackToTheEndOfDecember() {
        assertThat(ProgressReports.previousQuarterEnd(LocalDate.of(2025, 1, 15))).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aReportOnAQuarterEndLooksBackToTheQuarterBefore() {
        assertThat(ProgressReports.previousQuarterEnd(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(ProgressReports.previousQuarterEnd(LocalDate.of(2024, 3, 31))).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void theDayAfterAQuarterEndLooksBackToIt() {
        assertThat(ProgressReports.previousQuarterEnd(LocalDate.of(2024, 10, 1))).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(ProgressReports.previousQuarterEnd(LocalDate.of(2024, 7, 1))).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(ProgressReports.previousQuarterEnd(LocalDate.of(2024, 5, 20))).isEqualTo(LocalDate.of(2024, 3, 31));
    }
}
