package org.bestvalue.assessment.cycle;

import org.bestvalue.eventkit.RuleViolation;

/**
 * Once a cycle is closed, what was written in it is the record the council reported on: its narratives,
 * their evidence links and the comment threads on them no longer change.
 */
public final class OpenCycleRule {
    private OpenCycleRule() {
    }

    /** Refuses a change to a narrative or its threads when the cycle they belong to is closed. */
    public static void requireOpen(boolean cycleOpen) {
        if (!cycleOpen) throw new RuleViolation(409, "cycle-closed", "cycleId", "The cycle is closed: its narratives no longer change");
    }
}
