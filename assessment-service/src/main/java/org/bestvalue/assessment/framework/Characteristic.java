package org.bestvalue.assessment.framework;

/**
 * A characteristic of a well-functioning authority, or a grid cell that only points at another one.
 *
 * @param crossReferenceTo when set, the cell reads "see ..." (the council's G002 reads "see CI012"): shown in
 *                         the grid, never scored or narrated on its own
 */
public record Characteristic(String code, String themeCode, String title, String description, int order,
                             String crossReferenceTo) {
    // Not an "is" getter, so the event JSON carries crossReferenceTo only.
    public boolean hasCrossReference() {
        return crossReferenceTo != null;
    }
}
