package org.bestvalue.reporting.actionplan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ActionPlansTest {
    @Test
    void anIndicativeQuarterIsDueAtTheEndOfTheQuarter() {
        assertThat(ActionPlans.dueBy(null, null, "2024-Q3")).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(ActionPlans.dueBy(null, null, "2025-Q1")).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void anIndicativeMonthIsDueAtTheEndOfTheMonth() {
        assertThat(ActionPlans.dueBy(null, null, "2024-02")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aScheduledEndDateOverridesTheIndicativeTimelineAndADeferralOverridesBoth() {
        assertThat(ActionPlans.dueBy(null, LocalDate.of(2024, 8, 1), "2024-Q3")).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(ActionPlans.dueBy(LocalDate.of(2025, 1, 31), LocalDate.of(2024, 8, 1), "2024-Q3"))
                .isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void aTimelineInWordsHasNoDueDate() {
        assertThat(ActionPlans.dueBy(null, null, "after the elections")).isNull();
    }
}
