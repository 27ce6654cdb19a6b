package org.bestvalue.action.actionplan;

import java.time.LocalDate;
import java.util.List;

/** An action of the action plan as its events left it; {@link #NONE} before it is planned. */
public record Action(String actionId, String opportunityId, String cycleId, String characteristicCode,
                     String description, List<String> officers, String serviceArea, String indicativeTimeline,
                     LocalDate start, LocalDate end, ActionStatus status, LocalDate startedOn,
                     LocalDate completedOn, String completionNote, String deferralReason, LocalDate deferredUntil,
                     String cancellationReason, List<Progress> progress, List<ExternalReference> externalReferences) {

    public static final Action NONE = new Action(null, null, null, null, null, List.of(), null, null, null, null,
            null, null, null, null, null, null, null, List.of(), List.of());

    public boolean exists() {
        return actionId != null;
    }

    public boolean isOfficer(String userId) {
        return officers.contains(userId);
    }

    /** Overdue: its end date has passed and it is neither done nor cancelled. */
    public boolean isOverdueOn(LocalDate today) {
        return end != null && end.isBefore(today) && status != ActionStatus.DONE && status != ActionStatus.CANCELLED;
    }

    public Progress latestProgress() {
        return progress.isEmpty() ? null : progress.get(progress.size() - 1);
    }

    /** This action with the fields the change sets. */
    Action with(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** Copies the state with a few fields changed: records have no withers. */
    static final class Builder {
        String actionId, opportunityId, cycleId, characteristicCode, description, serviceArea, indicativeTimeline;
        List<String> officers;
        LocalDate start, end, startedOn, completedOn, deferredUntil;
        ActionStatus status;
        String completionNote, deferralReason, cancellationReason;
        List<Progress> progress;
        List<ExternalReference> externalReferences;

        Builder(Action a) {
            actionId = a.actionId; opportunityId = a.opportunityId; cycleId = a.cycleId;
            characteristicCode = a.characteristicCode; description = a.description; officers = a.officers;
            serviceArea = a.serviceArea; indicativeTimeline = a.indicativeTimeline; start = a.start; end = a.end;
            status = a.status; startedOn = a.startedOn; completedOn = a.completedOn; completionNote = a.completionNote;
            deferralReason = a.deferralReason; deferredUntil = a.deferredUntil; cancellationReason = a.cancellationReason;
            progress = a.progress; externalReferences = a.externalReferences;
        }

        Action build() {
            return new Action(actionId, opportunityId, cycleId, characteristicCode, description, officers, serviceArea,
                    indicativeTimeline, start, end, status, startedOn, completedOn, completionNote, deferralReason,
                    deferredUntil, cancellationReason, progress, externalReferences);
        }
    }
}
