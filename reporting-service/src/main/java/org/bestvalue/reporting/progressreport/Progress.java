package org.bestvalue.reporting.progressreport;

import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.actionplan.ActionStatus;

/**
 * Where an action stands for the committee, one answer per action so the columns add up: completed is done; an open
 * action past its due date is overdue whatever its status; else in progress, deferred, not started (planned or
 * scheduled); cancelled.
 */
public enum Progress {
    DONE, OVERDUE, IN_PROGRESS, DEFERRED, NOT_STARTED, CANCELLED;

    public static Progress of(ActionPlan.Action a) {
        if (a.status() == ActionStatus.COMPLETED) return DONE;
        if (a.status() == ActionStatus.CANCELLED) return CANCELLED;
        if (a.overdue()) return OVERDUE;
        return switch (a.status()) {
            case IN_PROGRESS -> IN_PROGRESS;
            case DEFERRED -> DEFERRED;
            default -> NOT_STARTED;
        };
    }
}
