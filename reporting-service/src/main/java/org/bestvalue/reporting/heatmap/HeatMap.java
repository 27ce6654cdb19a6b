package org.bestvalue.reporting.heatmap;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A cycle's heat-map at an instant: the theme × characteristic grid, the summary and the theme breakdown. */
public record HeatMap(String cycleId, int year, String cycleTitle, String frameworkVersionId, String frameworkLabel,
                      Instant asOf, List<ThemeRow> themes, Summary summary) {

    /** A theme's row of cells and its own breakdown. */
    public record ThemeRow(String code, String title, List<Cell> cells, Breakdown breakdown, boolean thematicConcern) {
    }

    /**
     * One characteristic. A cross-reference has no colour and no status of its own: its label reads
     * "see CI012" and it is not counted.
     */
    public record Cell(String code, String title, Colour colour, String colourName, CellStatus status,
                       String crossReferenceTo, String label, Instant lastChangedAt, String lastChangedBy) {
        public boolean crossReference() {
            return crossReferenceTo != null;
        }
    }

    /** Counts per colour over the scoreable characteristics (cross-references excluded). */
    public record Breakdown(int characteristics, Map<Colour, Integer> counts, Map<Colour, Integer> percentages,
                            int unscored, int green, int greenPercent, int concern) {
    }

    /** The heat-map's headline figures, e.g. "55 of 73 (75%) green". */
    public record Summary(Breakdown totals, Map<CellStatus, Integer> statuses, String greenSentence,
                          List<String> sentences, List<String> thematicConcerns) {
    }
}
