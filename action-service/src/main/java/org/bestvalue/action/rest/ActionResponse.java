package org.bestvalue.action.rest;

import org.bestvalue.action.actionplan.Action;
import org.bestvalue.action.actionplan.ActionStatus;
import org.bestvalue.action.actionplan.ExternalReference;
import org.bestvalue.action.actionplan.Progress;
import org.bestvalue.eventkit.people.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An action with its whole progress history; {@code version} is the ETag a write names in If-Match. */
@Schema(name = "Action")
public record ActionResponse(String actionId, String opportunityId, String cycleId, String characteristicCode,
                             String description, List<String> officers, String serviceArea, String indicativeTimeline,
                             LocalDate start, LocalDate end, ActionStatus status, boolean overdue, LocalDate startedOn,
                             LocalDate completedOn, String completionNote, String deferralReason, LocalDate deferredUntil,
                             String cancellationReason, Progress latestProgress, List<Progress> progress,
                             List<ExternalReference> externalReferences, long version,
                             @Schema(description = "The responsible officers by name and job title, in the order of officers")
                             List<Person> officerPeople) {

    static ActionResponse of(Action a, long version, LocalDate today) {
        return of(a, version, today, Map.of());
    }

    /** @param people names and job titles by user id (from the kit's PeopleDirectory) */
    static ActionResponse of(Action a, long version, LocalDate today, Map<String, Person> people) {
        return new ActionResponse(a.actionId(), a.opportunityId(), a.cycleId(), a.characteristicCode(), a.description(),
                a.officers(), a.serviceArea(), a.indicativeTimeline(), a.start(), a.end(), a.status(), a.isOverdueOn(today),
                a.startedOn(), a.completedOn(), a.completionNote(), a.deferralReason(), a.deferredUntil(),
                a.cancellationReason(), a.latestProgress(), a.progress(), a.externalReferences(), version,
                a.officers() == null ? List.of() : a.officers().stream().map(id -> people.getOrDefault(id, Person.unresolved(id))).toList());
    }
}
