package org.bestvalue.reporting.yearonyear;

import org.bestvalue.reporting.heatmap.Colour;

import java.util.List;
import java.util.Map;

/** Two cycles side by side, characteristic by characteristic, with totals per theme and overall. */
public record YearOnYear(CycleRef previous, CycleRef current, boolean sameFramework, List<String> notes,
                         List<Line> lines, List<ThemeTotals> themes, Map<Movement, Integer> totals) {

    public record CycleRef(String cycleId, int year, String frameworkVersionId, String frameworkLabel) {
    }

    /**
     * One characteristic of the current cycle (or a removed one of the previous), with the code(s) it
     * had before and the framework's change between the versions.
     */
    public record Line(String themeCode, String code, String title, List<String> previousCodes, String change,
                       Colour previousColour, Colour currentColour, Movement movement) {
    }

    public record ThemeTotals(String themeCode, String title, Map<Movement, Integer> totals) {
    }
}
