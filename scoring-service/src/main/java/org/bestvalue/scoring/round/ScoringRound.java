package org.bestvalue.scoring.round;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A scoring round as its events made it: which cycle, open or closed, the reviewer of each theme. */
public record ScoringRound(String roundId, String cycleId, String name, RoundKind kind, RoundStatus status,
                           Map<String, String> reviewersByTheme, Instant snapshotAt) {

    public static final ScoringRound NONE = new ScoringRound(null, null, null, null, RoundStatus.NOT_OPENED, Map.of(), null);

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    /** The themes a user reviews in this round. */
    public Set<String> themesOf(String reviewerId) {
        return reviewersByTheme.entrySet().stream().filter(e -> e.getValue().equals(reviewerId))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    ScoringRound withReviewer(String themeCode, String reviewerId) {
        Map<String, String> reviewers = new TreeMap<>(reviewersByTheme);
        reviewers.put(themeCode, reviewerId);
        return new ScoringRound(roundId, cycleId, name, kind, status, Map.copyOf(reviewers), snapshotAt);
    }
}
