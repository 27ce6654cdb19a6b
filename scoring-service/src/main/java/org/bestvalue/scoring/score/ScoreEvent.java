package org.bestvalue.scoring.score;

import java.util.List;

/**
 * Every change of one characteristic's score in one round. Each carries who (the envelope's actor),
 * the colour before and after, and why; published on bv.scoring.events (docs/events.md).
 */
public sealed interface ScoreEvent {
    String roundId();

    String cycleId();

    String characteristicCode();

    String themeCode();

    /** The colour after the event; null only when the score is reopened. */
    Colour colour();

    /** The last colour the score had before the event, or null for a first score. */
    Colour previousColour();

    String reason();

    /** @param reason the rationale, and for grey the justification of why it is outside officers' control */
    record ScoreRecorded(String roundId, String cycleId, String characteristicCode, String themeCode, Colour colour,
                         Colour previousColour, String reason, String reviewerId, List<String> evidenceSampled)
            implements ScoreEvent {
    }

    record ScoreModerated(String roundId, String cycleId, String characteristicCode, String themeCode, Colour colour,
                          Colour previousColour, String reason, ModerationOutcome outcome, String moderatorId)
            implements ScoreEvent {
    }

    record LeadershipReviewed(String roundId, String cycleId, String characteristicCode, String themeCode, Colour colour,
                              Colour previousColour, String reason, LeadershipDecision decision) implements ScoreEvent {
    }

    record ScoreReopened(String roundId, String cycleId, String characteristicCode, String themeCode, Colour colour,
                         Colour previousColour, String reason) implements ScoreEvent {
    }

    record ScoreFinalised(String roundId, String cycleId, String characteristicCode, String themeCode, Colour colour,
                          Colour previousColour, String reason) implements ScoreEvent {
    }
}
