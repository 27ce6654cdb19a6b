package org.bestvalue.reporting.actionplan;

/** Where an action stands. Completed and cancelled actions are closed and never overdue. */
public enum ActionStatus {
    PLANNED, SCHEDULED, IN_PROGRESS, DEFERRED, COMPLETED, CANCELLED;

    public boolean open() {
        return this != COMPLETED && this != CANCELLED;
    }
}
