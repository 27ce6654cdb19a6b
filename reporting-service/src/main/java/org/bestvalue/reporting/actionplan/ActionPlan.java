package org.bestvalue.reporting.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A cycle's action plan in the shape of the committee report's Appendix A: for each characteristic with
 * an opportunity for improvement, the opportunity, the action, the responsible officers, the service area
 * and the indicative timeline — with the refined dates, progress and status since.
 */
public record ActionPlan(String cycleId, int year, LocalDate today, List<Opportunity> opportunities,
                         Map<ActionStatus, Integer> statusCounts, int actions, int overdue, List<Action> overdueActions) {

    public record Opportunity(String opportunityId, String characteristicCode, String characteristicTitle,
                              String themeCode, String gap, String origin, String colour, List<Action> actions) {
    }

    public record Action(String actionId, String opportunityId, String characteristicCode, String description,
                         List<String> officers, String serviceArea, String indicativeTimeline, LocalDate start,
                         LocalDate end, ActionStatus status, Integer percent, String rag, String latestProgress,
                         LocalDate latestProgressOn, LocalDate completedOn, String completionNote,
                         LocalDate deferredUntil, String statusReason, List<String> externalReferences,
                         LocalDate dueBy, boolean overdue, boolean progressPublic, boolean completionNotePublic,
                         List<org.bestvalue.eventkit.people.Person> officerPeople) {
        /** The officers as people read them: "Priya Hartley, Head of Business Planning; …" (ids only when unknown). */
        public String officersByName() {
            return String.join("; ", officerPeople.stream().map(org.bestvalue.eventkit.people.Person::label).toList());
        }
    }
}
