package org.bestvalue.scoring.score;

/**
 * One characteristic's score in one round, as its events made it.
 *
 * @param colour     the current colour (null when unscored or reopened)
 * @param lastColour the last colour it had, kept across a reopening so the rescore reads old → new
 * @param moderated  the current colour has been through moderation
 */
public record Score(String roundId, String cycleId, String characteristicCode, String themeCode, ScoreStatus status,
                    Colour colour, Colour lastColour, String reviewerId, boolean moderated) {

    public static final Score UNSCORED = new Score(null, null, null, null, ScoreStatus.UNSCORED, null, null, null, false);

    Score with(ScoreStatus newStatus, Colour newColour, boolean nowModerated) {
        return new Score(roundId, cycleId, characteristicCode, themeCode, newStatus, newColour,
                newColour != null ? newColour : lastColour, reviewerId, nowModerated);
    }
}
