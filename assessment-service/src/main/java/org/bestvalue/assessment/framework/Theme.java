package org.bestvalue.assessment.framework;

/** A theme of the guidance (e.g. CI, Continuous Improvement) and its place in the grid. */
public record Theme(String code, String title, int order) {
}
