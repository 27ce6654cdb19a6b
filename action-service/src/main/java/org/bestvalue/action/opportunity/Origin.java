package org.bestvalue.action.opportunity;

/** Who identified an opportunity: a planner, or the service on a final score below dark green. */
public enum Origin {
    PLANNER, SCORE
}
