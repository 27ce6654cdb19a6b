package org.bestvalue.scoring.independence;

/**
 * A narrative a user worked on (as author or contributor), learnt from the assessment events: the
 * fact the independence rule turns on.
 */
public record NarrativeWork(String characteristicCode, String narrativeId, String role) {
}
