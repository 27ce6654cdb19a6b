package org.bestvalue.scoring.score;

/** The six-colour scale of the self-assessment (DESIGN.md §1). */
public enum Colour {
    DARK_GREEN, LIGHT_GREEN, YELLOW, AMBER, RED, GREY;

    /** Yellow or worse: senior leadership must review it after moderation. */
    public boolean needsLeadershipReview() {
        return this == YELLOW || this == AMBER || this == RED;
    }
}
