package org.bestvalue.action.projection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a theme's actions stand. {@code overdue} overlaps the status counts (an overdue action is also planned, in progress or deferred). */
@Schema(description = "Action counts of one theme; overdue overlaps the status counts")
public record ThemeProgress(String themeCode, String themeTitle, int planned, int inProgress, int done, int deferred,
                            int cancelled, int overdue, int total) {
}
