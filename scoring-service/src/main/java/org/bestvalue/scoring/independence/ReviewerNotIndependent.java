package org.bestvalue.scoring.independence;

import org.bestvalue.eventkit.RuleViolation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A reviewer would be marking their own homework: they authored or contributed to a narrative they
 * would be assigned to or would score. Answered as 409 problem+json naming the conflicting narratives.
 */
public class ReviewerNotIndependent extends RuleViolation {
    private final String reviewerId;
    private final List<NarrativeWork> conflicts;

    public ReviewerNotIndependent(String reviewerId, List<NarrativeWork> conflicts) {
        super(409, "reviewer-not-independent", "reviewerId", "Reviewer " + reviewerId
                + " worked on the narrative they would review: " + conflicts.stream()
                .map(w -> w.characteristicCode() + " (narrative " + w.narrativeId() + ", " + w.role() + ")")
                .distinct().collect(Collectors.joining(", ")));
        this.reviewerId = reviewerId;
        this.conflicts = List.copyOf(conflicts);
    }

    public String reviewerId() {
        return reviewerId;
    }

    public List<NarrativeWork> conflicts() {
        return conflicts;
    }
}
