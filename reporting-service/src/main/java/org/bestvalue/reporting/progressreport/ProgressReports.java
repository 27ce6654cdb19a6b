package org.bestvalue.reporting.progressreport;

import org.bestvalue.eventkit.text.InWords;
import org.bestvalue.reporting.actionplan.ActionEntry;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.actionplan.ActionPlans;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.heatmap.HeatMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the progress report: the action plan folded from the events recorded up to the end of {@code asOf}, compared
 * with the plan folded up to the end of {@code since} (the previous report). Which actions are overdue is judged on
 * each of those days, so an action that fell due between the two reports shows as "now overdue".
 */
public final class ProgressReports {
    static final ZoneId LOCAL = ZoneId.of("Europe/London");

    private ProgressReports() {
    }

    /**
     * The previous report's date when none is named: the last quarter end (31 March, 30 June, 30 September,
     * 31 December) before {@code asOf} — committees take the report quarterly, so a January report looks back to
     * 31 December.
     */
    public static LocalDate previousQuarterEnd(LocalDate asOf) {
        YearMonth m = YearMonth.from(asOf);
        YearMonth quarterEnd = m.withMonth(((m.getMonthValue() - 1) / 3) * 3 + 3);
        LocalDate end = quarterEnd.atEndOfMonth();
        return end.isBefore(asOf) ? end : quarterEnd.minusMonths(3).atEndOfMonth();
    }

    /** The end of a day in England: what "as of 31 December 2024" includes. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(LOCAL).toInstant().minusNanos(1);
    }

    public static ProgressReport of(Cycle cycle, FrameworkVersion framework, Collection<ActionEntry> history, HeatMap heatMap,
                                    LocalDate asOf, LocalDate since, Function<String, org.bestvalue.eventkit.people.Person> people) {
        Instant now = endOf(asOf);
        Instant then = endOf(since);
        ActionPlan plan = ActionPlans.of(cycle, framework, history.stream().filter(e -> !e.at().isAfter(now)).toList(), asOf, people);
        ActionPlan before = ActionPlans.of(cycle, framework, history.stream().filter(e -> !e.at().isAfter(then)).toList(), since,
                people);

        Map<String, ActionPlan.Action> previous = new HashMap<>();
        before.opportunities().forEach(o -> o.actions().forEach(a -> previous.put(a.actionId(), a)));

        Map<String, int[]> counts = new LinkedHashMap<>();
        framework.themes().stream().sorted(java.util.Comparator.comparingInt(FrameworkVersion.Theme::order))
                .forEach(t -> counts.put(t.code(), new int[Progress.values().length]));
        int[] all = new int[Progress.values().length];
        List<ProgressReport.Change> changes = new ArrayList<>();
        for (ActionPlan.Opportunity o : plan.opportunities()) {
            String theme = o.themeCode() != null ? o.themeCode() : "";
            for (ActionPlan.Action a : o.actions()) {
                Progress p = Progress.of(a);
                counts.computeIfAbsent(theme, k -> new int[Progress.values().length])[p.ordinal()]++;
                all[p.ordinal()]++;
                List<String> what = changed(previous.get(a.actionId()), a, since);
                if (!what.isEmpty()) {
                    changes.add(new ProgressReport.Change(a.actionId(), a.characteristicCode(), theme, a.description(), what, p));
                }
            }
        }
        Map<String, String> titles = new HashMap<>();
        framework.themes().forEach(t -> titles.put(t.code(), t.title()));
        List<ProgressReport.ThemeProgress> themes = new ArrayList<>();
        counts.forEach((code, c) -> themes.add(progress(code, titles.getOrDefault(code, code), c)));
        return new ProgressReport(cycle, asOf, since, heatMap, themes, progress(null, "All themes", all), changes, plan);
    }

    private static ProgressReport.ThemeProgress progress(String code, String title, int[] c) {
        int total = 0;
        for (int n : c) total += n;
        return new ProgressReport.ThemeProgress(code, title, total, c[Progress.DONE.ordinal()],
                c[Progress.IN_PROGRESS.ordinal()], c[Progress.OVERDUE.ordinal()], c[Progress.NOT_STARTED.ordinal()],
                c[Progress.DEFERRED.ordinal()], c[Progress.CANCELLED.ordinal()]);
    }

    /** What changed about one action between the previous report and this one, in words; empty when nothing did. */
    static List<String> changed(ActionPlan.Action was, ActionPlan.Action now, LocalDate since) {
        List<String> what = new ArrayList<>();
        if (was == null) {
            what.add("New action (" + InWords.lower(now.status()) + ")");
        } else if (was.status() != now.status()) {
            what.add("Was " + InWords.lower(was.status()) + ", now " + InWords.lower(now.status())
                    + (now.completedOn() != null ? " on " + InWords.date(now.completedOn()) : ""));
        }
        if (now.overdue() && (was == null || !was.overdue())) {
            what.add("Now overdue (due " + InWords.date(now.dueBy()) + ")");
        }
        if (was != null && was.overdue() && !now.overdue() && now.status().open()) {
            what.add("No longer overdue (due " + InWords.date(now.dueBy()) + ")");
        }
        if (now.latestProgressOn() != null && now.latestProgressOn().isAfter(since)
                && (was == null || !now.latestProgressOn().equals(was.latestProgressOn()))) {
            StringBuilder s = new StringBuilder("Progress: ");
            if (now.percent() != null) s.append(now.percent()).append("% ");
            if (now.latestProgress() != null) s.append(now.latestProgress());
            s.append(", ").append(InWords.date(now.latestProgressOn()));
            what.add(s.toString());
        }
        return what;
    }
}
