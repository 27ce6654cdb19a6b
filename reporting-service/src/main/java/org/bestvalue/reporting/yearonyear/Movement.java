package org.bestvalue.reporting.yearonyear;

/**
 * How a characteristic moved between two cycles. Grey is outside officers' control, so a change to or
 * from grey counts in neither direction: it is {@link #NOT_COMPARABLE}.
 */
public enum Movement {
    IMPROVED, DECLINED, UNCHANGED, NEW, REMOVED, NOT_COMPARABLE
}
