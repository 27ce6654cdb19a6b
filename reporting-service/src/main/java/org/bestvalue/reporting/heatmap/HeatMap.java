package org.bestvalue.reporting.heatmap;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A cycle's heat-map at an instant: the theme × characteristic grid, the summary and the theme breakdown. */
public record HeatMap(String cycleId, int year, String cycleTitle, String frameworkVersionId, String frameworkLabel,
                      Instant asOf, List<ThemeRow> themes, Summary summary) {

    /** A theme's row of cells and its own breakdown. */
    /** @param openComments reviewers' comments still open on the theme's narratives (absent where not counted: the public view) */
    public record ThemeRow(String code, String title, List<Cell> cells, Breakdown breakdown, boolean thematicConcern,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer openComments) {
    }

    /**
     * One characteristic. A cross-reference has no colour and no status of its own: its label reads
     * "see CI012" and it is not counted.
     */
    /** @param lastChangedByPerson who last changed it, by name and job title (the directory's) */
    /** @param openComments reviewers' comment threads still open on the characteristic's narrative (absent where not counted) */
    public record Cell(String code, String title, Colour colour, String colourName, CellStatus status,
                       String crossReferenceTo, String label, Instant lastChangedAt, String lastChangedBy,
                       org.bestvalue.eventkit.people.Person lastChangedByPerson,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer openComments) {
        public boolean crossReference() {
            return crossReferenceTo != null;
        }

        Cell named(Map<String, org.bestvalue.eventkit.people.Person> people) {
            if (lastChangedBy == null) return this;
            return new Cell(code, title, colour, colourName, status, crossReferenceTo, label, lastChangedAt, lastChangedBy,
                    people.getOrDefault(lastChangedBy, org.bestvalue.eventkit.people.Person.unresolved(lastChangedBy)), openComments);
        }
    }

    /** Everyone who last changed a cell. */
    public java.util.Set<String> editors() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        themes.forEach(t -> t.cells().forEach(c -> {
            if (c.lastChangedBy() != null) ids.add(c.lastChangedBy());
        }));
        return ids;
    }

    /** The same heat-map with each cell's last editor named. */
    public HeatMap named(Map<String, org.bestvalue.eventkit.people.Person> people) {
        List<ThemeRow> rows = themes.stream().map(t -> new ThemeRow(t.code(), t.title(),
                t.cells().stream().map(c -> c.named(people)).toList(), t.breakdown(), t.thematicConcern(), t.openComments())).toList();
        return new HeatMap(cycleId, year, cycleTitle, frameworkVersionId, frameworkLabel, asOf, rows, summary);
    }

    /** Counts per colour over the scoreable characteristics (cross-references excluded). */
    public record Breakdown(int characteristics, Map<Colour, Integer> counts, Map<Colour, Integer> percentages,
                            int unscored, int green, int greenPercent, int concern) {
    }

    /** The heat-map's headline figures, e.g. "55 of 73 (75%) green". */
    /** @param openComments reviewers' comment threads still open across the heat-map (absent where not counted: the public view) */
    public record Summary(Breakdown totals, Map<CellStatus, Integer> statuses, String greenSentence,
                          List<String> sentences, List<String> thematicConcerns,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer openComments) {
    }
}
