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

    record ProgressReported(String actionId, String opportunityId, String cycleId, String characteristicCode,
                            LocalDate on, Integer percent, Rag rag, String note, String authorId) implements ActionEvent {
    }

    record ActionCompleted(String actionId, String opportunityId, String cycleId, String characteristicCode,
                           LocalDate on, String completionNote) implements ActionEvent {
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
