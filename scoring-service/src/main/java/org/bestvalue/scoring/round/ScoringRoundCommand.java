package org.bestvalue.scoring.round;

import org.bestvalue.scoring.independence.NarrativeWork;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a planner asks of a scoring round. Facts the decision needs from elsewhere (the local view of
 * the assessment, the round's scores) come in the command, so the decider stays pure.
 */
public sealed interface ScoringRoundCommand {

    /**
     * @param cycleKnown   the assessment cycle is in the local view
     * @param cycleClosed  the assessment cycle has been closed
     * @param earlierRounds how many rounds the cycle already has
     * @param openRoundId  a round of the cycle that is still open, or null
     */
    record OpenRound(String roundId, String cycleId, String name, RoundKind kind, boolean cycleKnown,
                     boolean cycleClosed, int earlierRounds, String openRoundId) implements ScoringRoundCommand {
    }

    /**
     * @param frameworkThemes the theme codes of the cycle's framework version
     * @param reviewerWork    narratives of this theme (in this cycle) the reviewer authored or contributed to
     */
    record AssignReviewer(String themeCode, String reviewerId, Set<String> frameworkThemes,
                          List<NarrativeWork> reviewerWork) implements ScoringRoundCommand {
    }

    /**
     * @param scoredCharacteristics how many characteristics have a score in this round
     * @param notFinal              codes of the scored characteristics that are not final yet
     */
    record CloseRound(Instant snapshotAt, int scoredCharacteristics, List<String> notFinal) implements ScoringRoundCommand {
    }
}
