package org.bestvalue.reporting.heatmap;

/**
 * The self-assessment scale. {@link #rank} orders the colours for year-on-year movement; grey (outside
 * officers' control) has no place on it.
 */
public enum Colour {
    DARK_GREEN("Dark green", "#1b5e20", "#ffffff", 5),
    LIGHT_GREEN("Light green", "#8bc34a", "#000000", 4),
    YELLOW("Yellow", "#ffeb3b", "#000000", 3),
    AMBER("Amber", "#ff9800", "#000000", 2),
    RED("Red", "#c62828", "#ffffff", 1),
    GREY("Grey", "#9e9e9e", "#000000", 0);

    public final String label;
    public final String fill;
    public final String ink;
    /** Position on the ordinal scale; 0 for grey, which is not on it. */
    public final int rank;

    Colour(String label, String fill, String ink, int rank) {
        this.label = label;
        this.fill = fill;
        this.ink = ink;
        this.rank = rank;
    }

    public boolean isGreen() {
        return this == DARK_GREEN || this == LIGHT_GREEN;
    }

    /** Yellow, amber or red: a colour that, over most of a theme, makes a thematic concern. */
    public boolean isConcern() {
        return this == YELLOW || this == AMBER || this == RED;
    }

    public boolean onScale() {
        return this != GREY;
    }
}
