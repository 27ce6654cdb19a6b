package org.bestvalue.assessment.framework;

/**
 * A theme of the guidance (e.g. CI, Continuous Improvement), its place in the grid, and what it is about
 * in a sentence (optional; the shipped demo versions' descriptions are our own words).
 */
public record Theme(String code, String title, int order, String description) {
    public Theme(String code, String title, int order) {
        this(code, title, order, null);
    }
}
