package org.bestvalue.reporting.progressreport;

import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.heatmap.HeatMap;

import java.time.LocalDate;
import java.util.List;

/**
 * The committee's progress report on the action plan (the council planned one for January 2025): each theme's actions
 * as of a date, done, in progress, overdue or not yet started; what changed since the previous report; and the
 * heat-map as it stands. Every action is counted once (see {@link Progress}).
 *
 * @param since the previous report's date: the changes listed are those recorded after the end of that day
 */
public record ProgressReport(Cycle cycle, LocalDate asOf, LocalDate since, HeatMap heatMap, List<ThemeProgress> themes,
                             ThemeProgress totals, List<Change> changes, ActionPlan plan) {

    /** A theme's actions by where they stand. */
    public record ThemeProgress(String themeCode, String title, int actions, int done, int inProgress, int overdue,
                                int notStarted, int deferred, int cancelled) {
    }

    /**
     * What happened to one action since the previous report, in words: "New action (planned)", "Was in progress, now
     * completed on 18 September 2024", "Now overdue (due 30 September 2024)", "Progress: 60% Second benchmark in, 18 October 2024".
     */
    public record Change(String actionId, String characteristicCode, String themeCode, String description,
                         List<String> what, Progress nowStands) {
    }
}
