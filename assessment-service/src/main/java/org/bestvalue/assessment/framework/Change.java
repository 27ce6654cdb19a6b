package org.bestvalue.assessment.framework;

/** How a characteristic of a version relates to its predecessor version. */
public enum Change {
    UNCHANGED, REWORDED, REMOVED, ADDED, SPLIT, MERGED
}
