package org.bestvalue.action.actionplan;

/** Where an action stands. DONE and CANCELLED are final. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, DEFERRED, CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
