package org.bestvalue.action.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bestvalue.action.actionplan.ActionStatus;
import org.bestvalue.action.actionplan.ExternalReference;
import org.bestvalue.action.actionplan.Progress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the action plan in the shape of the council report's Appendix A: the characteristic, the
 * opportunity for improvement, the action, its officers, timeline, status and latest progress. An
 * opportunity with no action yet has one line with the action fields empty.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A line of the action plan (the report's Appendix A)")
public record ActionPlanLine(
        String themeCode,
        String themeTitle,
        @Schema(examples = "CI011") String characteristicCode,
        String characteristicTitle,
        String opportunityId,
        @Schema(description = "The opportunity for improvement: the gap it addresses") String opportunity,
        @Schema(description = "Final colour that proposed the opportunity, when it came from a score") String colour,
        String actionId,
        @Schema(description = "What will be done") String action,
        @Schema(description = "Responsible officers (user ids)") List<String> officers,
        String serviceArea,
        @Schema(examples = "2024-Q3") String indicativeTimeline,
        LocalDate start,
        LocalDate end,
        ActionStatus status,
        @Schema(description = "End date passed and neither done nor cancelled, as of today") Boolean overdue,
        @Schema(description = "Reason of a deferral or cancellation") String statusReason,
        Progress latestProgress,
        List<ExternalReference> externalReferences,
        @Schema(description = "The action's stream version: name it in If-Match to change the action") Long version,
        @Schema(description = "The responsible officers by name and job title, in the order of officers") 
        List<org.bestvalue.eventkit.people.Person> officerPeople) {

    /** The same line with the officers' names and job titles from the directory. */
    public ActionPlanLine named(java.util.Map<String, org.bestvalue.eventkit.people.Person> people) {
        if (officers == null) return this;
        return new ActionPlanLine(themeCode, themeTitle, characteristicCode, characteristicTitle, opportunityId, opportunity,
                colour, actionId, action, officers, serviceArea, indicativeTimeline, start, end, status, overdue, statusReason,
                latestProgress, externalReferences, version, officers.stream()
                .map(id -> people.getOrDefault(id, org.bestvalue.eventkit.people.Person.unresolved(id))).toList());
    }
}
