package org.bestvalue.action.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * What planners and officers ask of an action. {@code today} is the council's date from the injected
 * clock, passed in so the decider stays pure.
 */
public sealed interface ActionCommand {

    /** Plans an action under an existing opportunity; start and end may come now or later. */
    record PlanAction(String actionId, String opportunityId, String cycleId, String characteristicCode,
                      String description, List<String> officers, String serviceArea, String indicativeTimeline,
                      LocalDate start, LocalDate end) implements ActionCommand {
    }

    record Schedule(LocalDate start, LocalDate end, Actor actor) implements ActionCommand {
    }

    record Start(LocalDate on, LocalDate today, Actor actor) implements ActionCommand {
    }

    /** @param notePublic show the note on the council's public page */
    record ReportProgress(LocalDate on, Integer percent, Rag rag, String note, LocalDate today, Actor actor, boolean notePublic)
            implements ActionCommand {
        public ReportProgress(LocalDate on, Integer percent, Rag rag, String note, LocalDate today, Actor actor) {
            this(on, percent, rag, note, today, actor, false);
        }
    }

    /** @param notePublic show the completion note on the council's public page */
    record Complete(LocalDate on, String completionNote, LocalDate today, Actor actor, boolean notePublic) implements ActionCommand {
        public Complete(LocalDate on, String completionNote, LocalDate today, Actor actor) {
            this(on, completionNote, today, actor, false);
        }
    }

    record Defer(String reason, LocalDate until, LocalDate today, Actor actor) implements ActionCommand {
    }

    record Cancel(String reason) implements ActionCommand {
    }

    record LinkExternalReference(String system, String reference) implements ActionCommand {
    }
}
