package org.bestvalue.assessment.framework.file;

import java.util.List;

/**
 * The wording of a guide as a council brings it in (a saved page of the published guidance, or its
 * characteristics pasted as CSV or JSON): its themes in order, each with its characteristics in order,
 * and where each stood in what was brought in. No codes yet: {@link GuideProposal} numbers them.
 */
public record GuideText(List<ThemeText> themes) {

    /** Where something stood: a line (and column) of a page or a CSV file, or a JSON path when there are no lines. */
    public record At(Integer line, Integer column, String field) {
        FrameworkFile.Location location() {
            return line == null ? null : new FrameworkFile.Location(line, column == null ? 1 : column);
        }
    }

    public record ThemeText(String title, At at, List<Item> characteristics) {
    }

    /** One characteristic's wording. */
    public record Item(String text, At at) {
    }
}
