package org.bestvalue.reporting.positionstatement;

import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.heatmap.HeatMap;

import java.time.Instant;
import java.util.List;

/**
 * The 73 position statements of a cycle as one document, theme by theme, as they stood at {@code asOf}
 * (null: now). The council's 2024 book ran to c.180 pages; the committee and the peer challenge team read it.
 */
public record PositionStatementBook(Cycle cycle, String frameworkName, Instant asOf, HeatMap heatMap, List<Theme> themes) {

    /** A theme's heat-map row and its characteristics' position statements, in grid order. */
    public record Theme(String code, String title, HeatMap.ThemeRow row, List<PositionStatement> statements) {
    }

    public int characteristics() {
        return themes.stream().mapToInt(t -> t.statements().size()).sum();
    }

    public java.util.Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
    }
}
