package org.bestvalue.scoring.score;

import org.bestvalue.scoring.independence.NarrativeWork;

import java.util.List;
import java.util.Set;

/**
 * What reviewers, the moderator and leadership ask of one characteristic's score. Facts from other
 * streams and from the local view of the assessment come in the command; the decider does no I/O.
 */
public sealed interface ScoreCommand {

    /**
     * @param roundOpen                   the round accepts changes
     * @param reviewerThemes              the themes the reviewer is assigned to in this round
     * @param reviewerWork                narratives of this characteristic (this cycle) the reviewer authored or contributed to
     * @param narrativeChangedSinceReopen the narrative was revised or its evidence changed after the score was reopened
     */
    record RecordScore(String roundId, String cycleId, Characteristic characteristic, String reviewerId, Colour colour,
                       String rationale, String greyJustification, List<String> evidenceSampled, boolean roundOpen,
                       Set<String> reviewerThemes, List<NarrativeWork> reviewerWork,
                       boolean narrativeChangedSinceReopen) implements ScoreCommand {
    }

    /**
     * @param colour        the revised colour; only for {@link ModerationOutcome#REVISED}
     * @param moderatorWork narratives of this characteristic (this cycle) the moderator authored or contributed to
     */
    record ModerateScore(String moderatorId, ModerationOutcome outcome, Colour colour, String reason, boolean roundOpen,
                         List<NarrativeWork> moderatorWork) implements ScoreCommand {
    }

    /**
     * @param colour     the revised colour; only for {@link LeadershipDecision#REVISED}
     * @param leaderWork narratives of this characteristic (this cycle) the leader authored or contributed to
     */
    record ReviewByLeadership(String leaderId, LeadershipDecision decision, Colour colour, String reason,
                              boolean roundOpen, List<NarrativeWork> leaderWork) implements ScoreCommand {
    }
}
