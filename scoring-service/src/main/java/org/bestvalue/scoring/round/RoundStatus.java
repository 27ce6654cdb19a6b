package org.bestvalue.scoring.round;

public enum RoundStatus {
    NOT_OPENED, OPEN, CLOSED
}
