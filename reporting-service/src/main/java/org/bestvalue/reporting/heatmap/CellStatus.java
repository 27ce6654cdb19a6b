package org.bestvalue.reporting.heatmap;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where a characteristic's score stands in the cycle: unscored → scored → moderated → final. */
public enum CellStatus {
    UNSCORED, SCORED, MODERATED, FINAL;

    /** The status a cell has after a score event of this type. */
    public static CellStatus after(String eventType) {
        return switch (eventType) {
            case "ScoreRecorded" -> SCORED;
            // Leadership review follows moderation; the score is not final until it is finalised.
            case "ScoreModerated", "LeadershipReviewed" -> MODERATED;
            // Reopened for more evidence: no colour until it is scored again.
            case "ScoreReopened" -> UNSCORED;
            case "ScoreFinalised" -> FINAL;
            default -> throw new IllegalArgumentException("not a score event: " + eventType);
        };
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
