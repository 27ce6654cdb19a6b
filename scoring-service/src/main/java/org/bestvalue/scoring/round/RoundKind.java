package org.bestvalue.scoring.round;

/** An initial scoring of a cycle, or a recheck after leadership review. */
public enum RoundKind {
    INITIAL, RECHECK
}
