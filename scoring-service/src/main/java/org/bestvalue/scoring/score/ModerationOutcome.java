package org.bestvalue.scoring.score;

public enum ModerationOutcome {
    CONFIRMED, REVISED
}
