package org.bestvalue.action.actionplan;

/** The red / amber / green rating an officer gives a progress update. */
public enum Rag {
    RED, AMBER, GREEN
}
