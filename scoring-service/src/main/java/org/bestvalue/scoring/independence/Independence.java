package org.bestvalue.scoring.independence;

import java.util.List;

/**
 * Independence: nobody marks their own homework. The statutory guidance expects each characteristic's self-assessment
 * to be challenged by someone who did not write it, so at every step of a score:
 * <ul>
 *   <li>a reviewer is assigned to a theme, and scores its characteristics, only if they wrote or contributed to none
 *       of the narratives concerned;</li>
 *   <li>a moderator moderates a score only if they neither recorded it nor worked on its narrative;</li>
 *   <li>leadership reviews a score only if the leader neither recorded it nor worked on its narrative.</li>
 * </ul>
 * A contributor recorded by mistake is removed by the planner (assessment's {@code ContributorRemoved}), after which
 * the rule no longer counts them. Each refusal is a {@link NotIndependent} (409).
 */
public final class Independence {
    public static final String REVIEWER_RULE = "A reviewer may not have written or contributed to a narrative they review.";
    public static final String MODERATOR_RULE = "A moderator may neither have scored the characteristic nor written or contributed to its narrative.";
    public static final String LEADER_RULE = "Leadership may neither have scored the characteristic nor written or contributed to its narrative.";

    private Independence() {
    }

    /** Assigning a reviewer to a theme, or a reviewer scoring: {@code work} is theirs on the narratives concerned. */
    public static void requireIndependentReviewer(String reviewerId, List<NarrativeWork> work) {
        if (work.isEmpty()) return;
        throw new NotIndependent("reviewer-not-independent", "reviewerId", reviewerId, REVIEWER_RULE, codes(work), work,
                "Reviewer " + reviewerId + " worked on the narrative of");
    }

    /** A moderator on one characteristic's score, which {@code scorerId} recorded. */
    public static void requireIndependentModerator(String moderatorId, String code, String scorerId, List<NarrativeWork> work) {
        if (!moderatorId.equals(scorerId) && work.isEmpty()) return;
        throw new NotIndependent("moderator-not-independent", null, moderatorId, MODERATOR_RULE, List.of(code), work,
                moderatorId.equals(scorerId) ? "You scored" : "You worked on the narrative of");
    }

    /** A leader reviewing one characteristic's score, which {@code scorerId} recorded. */
    public static void requireIndependentLeader(String leaderId, String code, String scorerId, List<NarrativeWork> work) {
        if (!leaderId.equals(scorerId) && work.isEmpty()) return;
        throw new NotIndependent("leader-not-independent", null, leaderId, LEADER_RULE, List.of(code), work,
                leaderId.equals(scorerId) ? "You scored" : "You worked on the narrative of");
    }

    private static List<String> codes(List<NarrativeWork> work) {
        return work.stream().map(NarrativeWork::characteristicCode).distinct().sorted().toList();
    }
}
