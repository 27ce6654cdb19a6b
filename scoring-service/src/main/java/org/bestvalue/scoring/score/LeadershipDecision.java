package org.bestvalue.scoring.score;

public enum LeadershipDecision {
    CONFIRMED, MORE_EVIDENCE_REQUESTED, REVISED
}
