package org.bestvalue.scoring.round;

import java.time.Instant;

/** What happens to a scoring round: its lifecycle and who reviews which theme. Published on bv.scoring.events. */
public sealed interface ScoringRoundEvent {
    String roundId();

    String cycleId();

    record ScoringRoundOpened(String roundId, String cycleId, String name, RoundKind kind) implements ScoringRoundEvent {
    }

    record ReviewerAssigned(String roundId, String cycleId, String themeCode, String reviewerId) implements ScoringRoundEvent {
    }

    record ScoringRoundClosed(String roundId, String cycleId, Instant snapshotAt) implements ScoringRoundEvent {
    }
}
