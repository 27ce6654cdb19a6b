package org.bestvalue.reporting.yearonyear;

import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.heatmap.Colour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two cycles' colours per characteristic. When the cycles use different framework versions,
 * each current characteristic is traced to its predecessor(s) through the versions' mappings (composed
 * along the chain of predecessors when the versions are more than one step apart).
 */
public final class YearOnYearComparison {
    private YearOnYearComparison() {
    }

    /**
     * @param versions every framework version between the two (inclusive), by id, to walk the mapping chain
     */
    public static YearOnYear compare(Cycle previous, FrameworkVersion previousFramework, Map<String, Colour> previousColours,
                                     Cycle current, FrameworkVersion currentFramework, Map<String, Colour> currentColours,
                                     Function<String, FrameworkVersion> versions) {
        List<String> notes = new ArrayList<>();
        boolean same = previousFramework.id().equals(currentFramework.id());
        Map<String, Mapped> predecessors = same ? identity(currentFramework)
                : trace(currentFramework, previousFramework, versions, notes);
        notes.add("Order: dark green > light green > yellow > amber > red; a change to or from grey counts in neither"
                + " direction (not comparable).");

        List<YearOnYear.Line> lines = new ArrayList<>();
        Set<String> usedPrevious = new HashSet<>();
        for (FrameworkVersion.Characteristic c : sorted(currentFramework)) {
            if (!c.scoreable()) continue;
            Mapped m = predecessors.getOrDefault(c.code(), new Mapped(List.of(), "ADDED"));
            List<String> prevCodes = m.codes().stream()
                    .filter(p -> previousFramework.characteristic(p).map(FrameworkVersion.Characteristic::scoreable).orElse(false))
                    .toList();
            usedPrevious.addAll(prevCodes);
            Colour before = baseline(prevCodes, previousColours);
            Colour after = currentColours.get(c.code());
            lines.add(new YearOnYear.Line(c.themeCode(), c.code(), c.title(), prevCodes, m.change(), before, after,
                    movement(prevCodes.isEmpty(), before, after)));
        }
        for (FrameworkVersion.Characteristic p : sorted(previousFramework)) {
            if (!p.scoreable() || usedPrevious.contains(p.code())) continue;
            lines.add(new YearOnYear.Line(p.themeCode(), null, p.title(), List.of(p.code()), "REMOVED",
                    previousColours.get(p.code()), null, Movement.REMOVED));
        }

        Map<String, String> themeTitles = new LinkedHashMap<>();
        currentFramework.themes().stream().sorted(Comparator.comparingInt(FrameworkVersion.Theme::order))
                .forEach(t -> themeTitles.put(t.code(), t.title()));
        previousFramework.themes().forEach(t -> themeTitles.putIfAbsent(t.code(), t.title()));
        List<YearOnYear.ThemeTotals> themes = new ArrayList<>();
        for (Map.Entry<String, String> t : themeTitles.entrySet()) {
            themes.add(new YearOnYear.ThemeTotals(t.getKey(), t.getValue(),
                    totals(lines.stream().filter(l -> t.getKey().equals(l.themeCode())).toList())));
        }
        return new YearOnYear(ref(previous, previousFramework), ref(current, currentFramework), same, notes, lines,
                themes, totals(lines));
    }

    static Movement movement(boolean noPredecessor, Colour before, Colour after) {
        if (noPredecessor || before == null) return after == null ? Movement.NOT_COMPARABLE : Movement.NEW;
        if (after == null) return Movement.NOT_COMPARABLE;
        if (before == after) return Movement.UNCHANGED;
        if (!before.onScale() || !after.onScale()) return Movement.NOT_COMPARABLE;
        return after.rank > before.rank ? Movement.IMPROVED : Movement.DECLINED;
    }

    /**
     * The colour a merged characteristic is compared against: the weakest of its predecessors', so that a
     * merger never shows an improvement that one of its parts did not make.
     */
    private static Colour baseline(List<String> prevCodes, Map<String, Colour> previousColours) {
        Colour worst = null;
        for (String p : prevCodes) {
            Colour c = previousColours.get(p);
            if (c == null) continue;
            if (worst == null || (c.onScale() && (!worst.onScale() || c.rank < worst.rank))) worst = c;
        }
        return worst;
    }

    private record Mapped(List<String> codes, String change) {
    }

    private static Map<String, Mapped> identity(FrameworkVersion f) {
        Map<String, Mapped> m = new LinkedHashMap<>();
        f.characteristics().forEach(c -> m.put(c.code(), new Mapped(List.of(c.code()), "UNCHANGED")));
        return m;
    }

    /** Maps each current code to the previous version's codes, walking predecessor links back to it. */
    private static Map<String, Mapped> trace(FrameworkVersion current, FrameworkVersion previous,
                                             Function<String, FrameworkVersion> versions, List<String> notes) {
        Map<String, Mapped> result = new LinkedHashMap<>();
        for (FrameworkVersion.Characteristic c : current.characteristics()) {
            result.put(c.code(), new Mapped(List.of(c.code()), null));
        }
        FrameworkVersion step = current;
        int hops = 0;
        while (!step.id().equals(previous.id())) {
            if (step.predecessorId() == null || hops++ > 20) {
                notes.add("Framework " + current.id() + " does not descend from " + previous.id()
                        + ": characteristics are compared by code.");
                Map<String, Mapped> byCode = new LinkedHashMap<>();
                FrameworkVersion prev = previous;
                current.characteristics().forEach(c -> byCode.put(c.code(), prev.characteristic(c.code()).isPresent()
                        ? new Mapped(List.of(c.code()), "UNCHANGED") : new Mapped(List.of(), "ADDED")));
                return byCode;
            }
            Map<String, Mapped> back = oneStep(step);
            Map<String, Mapped> composed = new LinkedHashMap<>();
            for (Map.Entry<String, Mapped> e : result.entrySet()) {
                Set<String> codes = new LinkedHashSet<>();
                String change = e.getValue().change();
                for (String code : e.getValue().codes()) {
                    Mapped b = back.getOrDefault(code, new Mapped(List.of(code), "UNCHANGED"));
                    codes.addAll(b.codes());
                    change = change == null || "UNCHANGED".equals(change) ? b.change() : change;
                }
                composed.put(e.getKey(), new Mapped(List.copyOf(codes), codes.isEmpty() ? "ADDED" : change));
            }
            result = composed;
            step = versions.apply(step.predecessorId());
            if (step == null) {
                notes.add("A framework version between the cycles is unknown: characteristics are compared by code.");
                return identity(current);
            }
        }
        if (hops > 1) notes.add("Mapped across " + hops + " framework versions.");
        return result;
    }

    /** One version's mapping: code → its predecessor codes. A code the mapping does not mention is unchanged. */
    private static Map<String, Mapped> oneStep(FrameworkVersion v) {
        Map<String, Mapped> m = new LinkedHashMap<>();
        for (FrameworkVersion.MappingEntry e : v.mapping()) {
            if (e.code() == null) continue; // a removed predecessor: nothing maps onto it
            Mapped prev = m.get(e.code());
            List<String> codes = new ArrayList<>(prev == null ? List.of() : prev.codes());
            if (e.predecessorCode() != null) codes.add(e.predecessorCode());
            m.put(e.code(), new Mapped(codes, prev == null ? e.change() : prev.change()));
        }
        return m;
    }

    private static List<FrameworkVersion.Characteristic> sorted(FrameworkVersion f) {
        Map<String, Integer> themeOrder = new LinkedHashMap<>();
        f.themes().forEach(t -> themeOrder.put(t.code(), t.order()));
        return f.characteristics().stream()
                .sorted(Comparator.comparing((FrameworkVersion.Characteristic c) -> themeOrder.getOrDefault(c.themeCode(), 999))
                        .thenComparingInt(FrameworkVersion.Characteristic::order))
                .toList();
    }

    private static Map<Movement, Integer> totals(List<YearOnYear.Line> lines) {
        Map<Movement, Integer> t = new EnumMap<>(Movement.class);
        for (Movement m : Movement.values()) t.put(m, 0);
        lines.forEach(l -> t.merge(l.movement(), 1, Integer::sum));
        return t;
    }

    private static YearOnYear.CycleRef ref(Cycle c, FrameworkVersion f) {
        return new YearOnYear.CycleRef(c.cycleId(), c.year(), f.id(), f.label());
    }
}
