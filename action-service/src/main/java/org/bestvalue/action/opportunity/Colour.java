package org.bestvalue.action.opportunity;

/** The self-assessment scale (DESIGN.md §1), as the scoring events spell it. */
public enum Colour {
    DARK_GREEN, LIGHT_GREEN, YELLOW, AMBER, RED, GREY;

    /**
     * A final score leaves room to improve when it is below dark green; grey is outside officers' control
     * (politically driven), so it proposes nothing.
     */
    public boolean leavesRoomToImprove() {
        return this != DARK_GREEN && this != GREY;
    }
}
