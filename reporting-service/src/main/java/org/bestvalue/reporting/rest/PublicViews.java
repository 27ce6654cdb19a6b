package org.bestvalue.reporting.rest;

import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.actionplan.ActionStatus;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.HeatMap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the public sees of a published cycle: its own records, so that what stays inside the council (who
 * changed a score, the officers' user ids, the planning tool's references) is not in the public shape at all.
 */
public final class PublicViews {
    private PublicViews() {
    }

    /** A published cycle: {@code asOf} is the snapshot the planner published. */
    public record PublishedCycle(String cycleId, int year, String title, Instant asOf, Instant publishedAt) {
        static PublishedCycle of(Cycle c) {
            return new PublishedCycle(c.cycleId(), c.year(), c.title(), c.publishedAsOf(), c.publishedAt());
        }
    }

    /** The published heat-map. */
    public record PublicHeatMap(String cycleId, int year, String cycleTitle, String frameworkVersionId,
                                String frameworkLabel, Instant asOf, List<PublicThemeRow> themes, HeatMap.Summary summary) {
        static PublicHeatMap of(HeatMap m) {
            return new PublicHeatMap(m.cycleId(), m.year(), m.cycleTitle(), m.frameworkVersionId(), m.frameworkLabel(), m.asOf(),
                    m.themes().stream().map(PublicThemeRow::of).toList(), m.summary());
        }
    }

    public record PublicThemeRow(String code, String title, List<PublicCell> cells, HeatMap.Breakdown breakdown,
                                 boolean thematicConcern) {
        static PublicThemeRow of(HeatMap.ThemeRow t) {
            return new PublicThemeRow(t.code(), t.title(), t.cells().stream().map(PublicCell::of).toList(), t.breakdown(),
                    t.thematicConcern());
        }
    }

    /** A characteristic's cell; when it last changed, not who changed it. */
    public record PublicCell(String code, String title, Colour colour, String colourName, CellStatus status,
                             String crossReferenceTo, String label, Instant lastChangedAt) {
        static PublicCell of(HeatMap.Cell c) {
            return new PublicCell(c.code(), c.title(), c.colour(), c.colourName(), c.status(), c.crossReferenceTo(),
                    c.label(), c.lastChangedAt());
        }
    }

    /** The cycle's action plan as it stood when the planner last published the cycle, and its progress then. */
    public record PublicActionPlan(String cycleId, int year, LocalDate today, List<PublicOpportunity> opportunities,
                                   Map<ActionStatus, Integer> statusCounts, int actions, int overdue,
                                   List<PublicAction> overdueActions) {
        static PublicActionPlan of(ActionPlan p) {
            return new PublicActionPlan(p.cycleId(), p.year(), p.today(),
                    p.opportunities().stream().map(PublicOpportunity::of).toList(), p.statusCounts(), p.actions(),
                    p.overdue(), p.overdueActions().stream().map(PublicAction::of).toList());
        }
    }

    public record PublicOpportunity(String opportunityId, String characteristicCode, String characteristicTitle,
                                    String themeCode, String gap, String origin, String colour, List<PublicAction> actions) {
        static PublicOpportunity of(ActionPlan.Opportunity o) {
            return new PublicOpportunity(o.opportunityId(), o.characteristicCode(), o.characteristicTitle(), o.themeCode(),
                    o.gap(), o.origin(), o.colour(), o.actions().stream().map(PublicAction::of).toList());
        }
    }

    /**
     * An action as the public sees it: who is responsible by service area and job title ({@code responsible}), never by
     * name or user id; officers' free text
     * (progress and completion notes) only where they marked it public; reasons for deferring or cancelling never.
     */
    public record PublicAction(String actionId, String opportunityId, String characteristicCode, String description,
                               String serviceArea, String indicativeTimeline, LocalDate start, LocalDate end,
                               ActionStatus status, Integer percent, String rag, String latestProgress,
                               LocalDate latestProgressOn, LocalDate completedOn, String completionNote,
                               LocalDate deferredUntil, LocalDate dueBy, boolean overdue, List<String> responsible) {
        static PublicAction of(ActionPlan.Action a) {
            return new PublicAction(a.actionId(), a.opportunityId(), a.characteristicCode(), a.description(),
                    a.serviceArea(), a.indicativeTimeline(), a.start(), a.end(), a.status(), a.percent(), a.rag(),
                    a.progressPublic() ? a.latestProgress() : null, a.latestProgressOn(), a.completedOn(),
                    a.completionNotePublic() ? a.completionNote() : null, a.deferredUntil(), a.dueBy(), a.overdue(),
                    a.officerPeople().stream().map(p -> p.jobTitle()).filter(t -> t != null && !t.isBlank()).distinct().toList());
        }
    }
}
