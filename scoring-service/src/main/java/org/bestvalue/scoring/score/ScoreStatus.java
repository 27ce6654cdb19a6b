package org.bestvalue.scoring.score;

/**
 * Where a characteristic's score is in the round (docs/events.md: unscored → scored → moderated →
 * final). MODERATED means waiting for leadership review (yellow or worse); REOPENED means leadership
 * asked for more evidence and the reviewer must rescore.
 */
public enum ScoreStatus {
    UNSCORED, SCORED, MODERATED, REOPENED, FINAL
}
