package org.bestvalue.reporting.heatmap;

import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a heat-map from the recorded score history: a cell's colour and status at an instant are
 * those of the latest score event for it at or before that instant, across the cycle's rounds.
 */
public final class HeatMaps {
    private HeatMaps() {
    }

    public static HeatMap at(Cycle cycle, FrameworkVersion framework, Collection<ScoreEntry> history, Instant asOf) {
        return at(cycle, framework, history, asOf, null);
    }

    /**
     * The same with the reviewers' comments still open per characteristic (from {@code OpenComments}) counted in each cell,
     * theme and the summary; {@code openComments} null leaves them out (the public view).
     */
    public static HeatMap at(Cycle cycle, FrameworkVersion framework, Collection<ScoreEntry> history, Instant asOf,
                             Map<String, Integer> openComments) {
        Map<String, ScoreEntry> latest = latestPerCharacteristic(history, asOf);
        List<HeatMap.ThemeRow> rows = new ArrayList<>();
        List<HeatMap.Cell> all = new ArrayList<>();
        List<String> concerns = new ArrayList<>();
        for (FrameworkVersion.Theme theme : framework.themes().stream()
                .sorted(Comparator.comparingInt(FrameworkVersion.Theme::order)).toList()) {
            List<HeatMap.Cell> cells = framework.characteristicsOf(theme.code()).stream()
                    .sorted(Comparator.comparingInt(FrameworkVersion.Characteristic::order))
                    .map(c -> cell(c, latest.get(c.code()), openComments == null ? null : openComments.getOrDefault(c.code(), 0)))
                    .toList();
            HeatMap.Breakdown breakdown = breakdown(cells);
            // "Mostly" yellow, amber or red: more than half of the theme's scoreable characteristics.
            boolean concern = breakdown.characteristics() > 0 && breakdown.concern() * 2 > breakdown.characteristics();
            if (concern) concerns.add(theme.code());
            rows.add(new HeatMap.ThemeRow(theme.code(), theme.title(), cells, breakdown, concern, openComments == null ? null
                    : cells.stream().mapToInt(c -> c.openComments() == null ? 0 : c.openComments()).sum()));
            all.addAll(cells);
        }
        HeatMap.Breakdown totals = breakdown(all);
        Map<CellStatus, Integer> statuses = new EnumMap<>(CellStatus.class);
        for (CellStatus s : CellStatus.values()) statuses.put(s, 0);
        all.stream().filter(c -> !c.crossReference()).forEach(c -> statuses.merge(c.status(), 1, Integer::sum));

        String green = totals.green() + " of " + totals.characteristics() + " (" + totals.greenPercent() + "%) green";
        List<String> sentences = new ArrayList<>();
        sentences.add(green);
        for (Colour c : Colour.values()) {
            if (c.isGreen()) continue;
            sentences.add(totals.counts().get(c) + " (" + totals.percentages().get(c) + "%) " + c.label.toLowerCase());
        }
        if (totals.unscored() > 0) sentences.add(totals.unscored() + " not yet scored");
        sentences.add(concerns.isEmpty() ? "No thematic concern: no theme is mostly yellow, amber or red"
                : "Thematic concern in " + String.join(", ", concerns));
        return new HeatMap(cycle.cycleId(), cycle.year(), cycle.title(), framework.id(), framework.label(), asOf, rows,
                new HeatMap.Summary(totals, statuses, green, sentences, concerns, openComments == null ? null
                        : rows.stream().mapToInt(HeatMap.ThemeRow::openComments).sum()));
    }

    /** The latest score event per characteristic at or before {@code asOf} (all of them when null). */
    public static Map<String, ScoreEntry> latestPerCharacteristic(Collection<ScoreEntry> history, Instant asOf) {
        Map<String, ScoreEntry> latest = new HashMap<>();
        history.stream()
                .filter(e -> asOf == null || !e.at().isAfter(asOf))
                .sorted(ScoreEntry.CHRONOLOGICAL)
                .forEach(e -> latest.put(e.characteristicCode(), e));
        return latest;
    }

    private static HeatMap.Cell cell(FrameworkVersion.Characteristic c, ScoreEntry latest, Integer openComments) {
        if (!c.scoreable()) {
            return new HeatMap.Cell(c.code(), c.title(), null, null, null, c.crossReferenceTo(),
                    "see " + c.crossReferenceTo(), null, null, null, openComments);
        }
        if (latest == null) {
            return new HeatMap.Cell(c.code(), c.title(), null, null, CellStatus.UNSCORED, null,
                    c.code() + " not scored", null, null, null, openComments);
        }
        Colour colour = latest.colour();
        String name = colour == null ? null : colour.label;
        return new HeatMap.Cell(c.code(), c.title(), colour, name, colour == null ? CellStatus.UNSCORED : latest.status(),
                null, c.code() + " " + (name == null ? "not scored" : name), latest.at(), latest.actor(),
                org.bestvalue.eventkit.people.Person.unresolved(latest.actor()), openComments);
    }

    static HeatMap.Breakdown breakdown(List<HeatMap.Cell> cells) {
        Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
        for (Colour c : Colour.values()) counts.put(c, 0);
        int total = 0;
        int unscored = 0;
        for (HeatMap.Cell cell : cells) {
            if (cell.crossReference()) continue;
            total++;
            if (cell.colour() == null) unscored++;
            else counts.merge(cell.colour(), 1, Integer::sum);
        }
        Map<Colour, Integer> percentages = new LinkedHashMap<>();
        for (Colour c : Colour.values()) percentages.put(c, percent(counts.get(c), total));
        int green = counts.get(Colour.DARK_GREEN) + counts.get(Colour.LIGHT_GREEN);
        int concern = counts.get(Colour.YELLOW) + counts.get(Colour.AMBER) + counts.get(Colour.RED);
        return new HeatMap.Breakdown(total, counts, percentages, unscored, green, percent(green, total), concern);
    }

    /** A whole percentage rounded half up, as the committee report states them (55 of 73 → 75%, 15 of 73 → 21%). */
    public static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) ((part * 200L + whole) / (2L * whole));
    }
}
