package org.bestvalue.action.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * What happens to an action of the action plan; published on {@code bv.action.events}. Every event
 * carries the action, its opportunity, cycle and characteristic, so a subscriber (e.g. the business
 * planning tool) can keep its in-year activity list from these events alone.
 */
public sealed interface ActionEvent {
    String actionId();

    String opportunityId();

    String cycleId();

    String characteristicCode();

    record ActionPlanned(String actionId, String opportunityId, String cycleId, String characteristicCode,
                         String description, List<String> officers, String serviceArea, String indicativeTimeline)
            implements ActionEvent {
    }

    record ActionScheduled(String actionId, String opportunityId, String cycleId, String characteristicCode,
                           LocalDate start, LocalDate end) implements ActionEvent {
    }

    record ActionStarted(String actionId, String opportunityId, String cycleId, String characteristicCode,
                         LocalDate on) implements ActionEvent {
    }

    /** @param notePublic the officer marked the note for the council's public page (internal otherwise; absent = false) */
    record ProgressReported(String actionId, String opportunityId, String cycleId, String characteristicCode,
                            LocalDate on, Integer percent, Rag rag, String note, String authorId, boolean notePublic)
            implements ActionEvent {
        public ProgressReported(String actionId, String opportunityId, String cycleId, String characteristicCode,
                                LocalDate on, Integer percent, Rag rag, String note, String authorId) {
            this(actionId, opportunityId, cycleId, characteristicCode, on, percent, rag, note, authorId, false);
        }
    }

    /** @param notePublic the completion note may be shown on the council's public page (internal otherwise; absent = false) */
    record ActionCompleted(String actionId, String opportunityId, String cycleId, String characteristicCode,
                           LocalDate on, String completionNote, boolean notePublic) implements ActionEvent {
        public ActionCompleted(String actionId, String opportunityId, String cycleId, String characteristicCode,
                               LocalDate on, String completionNote) {
            this(actionId, opportunityId, cycleId, characteristicCode, on, completionNote, false);
        }
    }

    record ActionDeferred(String actionId, String opportunityId, String cycleId, String characteristicCode,
                          String reason, LocalDate until) implements ActionEvent {
    }

    record ActionCancelled(String actionId, String opportunityId, String cycleId, String characteristicCode,
                           String reason) implements ActionEvent {
    }

    record ExternalReferenceLinked(String actionId, String opportunityId, String cycleId, String characteristicCode,
                                   String system, String reference) implements ActionEvent {
    }
}
