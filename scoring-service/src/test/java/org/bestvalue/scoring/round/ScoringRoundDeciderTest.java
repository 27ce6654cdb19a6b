package org.bestvalue.scoring.round;

import org.bestvalue.scoring.DeciderFixture;
import org.bestvalue.scoring.independence.NarrativeWork;
import org.bestvalue.scoring.independence.NotIndependent;
import org.bestvalue.scoring.round.ScoringRoundCommand.AssignReviewer;
import org.bestvalue.scoring.round.ScoringRoundCommand.CloseRound;
import org.bestvalue.scoring.round.ScoringRoundCommand.OpenRound;
import org.bestvalue.scoring.round.ScoringRoundEvent.ReviewerAssigned;
import org.bestvalue.scoring.round.ScoringRoundEvent.ScoringRoundClosed;
import org.bestvalue.scoring.round.ScoringRoundEvent.ScoringRoundOpened;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringRoundDeciderTest {
    private static final String ROUND = "r-1";
    private static final String CYCLE = "c-2024";
    private static final Set<String> THEMES = Set.of("CI", "L", "G", "C", "R", "SD", "PCE");
    private static final Instant SNAPSHOT = Instant.parse("2024-06-10T12:00:00Z");

    private final DeciderFixture<ScoringRoundCommand, ScoringRoundEvent, ScoringRound> fixture =
            new DeciderFixture<>(new ScoringRoundDecider());

    private static final ScoringRoundOpened OPENED = new ScoringRoundOpened(ROUND, CYCLE, "2024 initial", RoundKind.INITIAL);

    private static OpenRound open(RoundKind kind, int earlierRounds, String openRound) {
        return new OpenRound(ROUND, CYCLE, " 2024 initial ", kind, true, false, earlierRounds, openRound);
    }

    private static AssignReviewer assign(String theme, String reviewer, NarrativeWork... work) {
        return new AssignReviewer(theme, reviewer, THEMES, List.of(work));
    }

    @Test
    void aPlannerOpensTheInitialRoundOfAKnownCycle() {
        fixture.given().when(open(RoundKind.INITIAL, 0, null)).then(OPENED);
    }

    @Test
    void aRecheckRoundFollowsAnEarlierClosedRound() {
        fixture.given().when(open(RoundKind.RECHECK, 1, null))
                .then(new ScoringRoundOpened(ROUND, CYCLE, "2024 initial", RoundKind.RECHECK));
    }

    @Test
    void aRoundCannotBeOpenedTwice() {
        fixture.given(OPENED).when(open(RoundKind.INITIAL, 0, null)).thenRefused(409, "round-already-opened");
    }

    @Test
    void aRoundNeedsACycleScoringKnows() {
        fixture.given().when(new OpenRound(ROUND, CYCLE, "x", RoundKind.INITIAL, false, false, 0, null))
                .thenRefused(422, "unknown-cycle");
    }

    @Test
    void aClosedCycleGetsNoNewRound() {
        fixture.given().when(new OpenRound(ROUND, CYCLE, "x", RoundKind.INITIAL, true, true, 0, null))
                .thenRefused(409, "cycle-closed");
    }

    @Test
    void onlyOneRoundOfACycleIsOpenAtATime() {
        fixture.given().when(open(RoundKind.RECHECK, 1, "r-0")).thenRefused(409, "round-already-open");
    }

    @Test
    void aCycleHasOneInitialRound() {
        fixture.given().when(open(RoundKind.INITIAL, 1, null)).thenRefused(422, "initial-round-exists");
    }

    @Test
    void aRecheckNeedsARoundToRecheck() {
        fixture.given().when(open(RoundKind.RECHECK, 0, null)).thenRefused(422, "no-round-to-recheck");
    }

    @Test
    void aPlannerAssignsAnIndependentReviewerToATheme() {
        fixture.given(OPENED).when(assign("CI", "rev-ci")).then(new ReviewerAssigned(ROUND, CYCLE, "CI", "rev-ci"));
    }

    @Test
    void assigningAnotherReviewerReplacesTheFirst() {
        fixture.given(OPENED, new ReviewerAssigned(ROUND, CYCLE, "CI", "rev-ci"))
                .when(assign("CI", "rev-2")).then(new ReviewerAssigned(ROUND, CYCLE, "CI", "rev-2"));
        fixture.given(OPENED, new ReviewerAssigned(ROUND, CYCLE, "CI", "rev-ci"), new ReviewerAssigned(ROUND, CYCLE, "CI", "rev-2"));
        assertEquals(Map.of("CI", "rev-2"), fixture.state().reviewersByTheme());
    }

    @Test
    void assigningTheSameReviewerAgainChangesNothing() {
        fixture.given(OPENED, new ReviewerAssigned(ROUND, CYCLE, "CI", "rev-ci")).when(assign("CI", "rev-ci")).then();
    }

    @Test
    void oneReviewerMayReviewSeveralThemes() {
        fixture.given(OPENED, new ReviewerAssigned(ROUND, CYCLE, "CI", "rev"), new ReviewerAssigned(ROUND, CYCLE, "L", "rev"));
        assertEquals(Set.of("CI", "L"), fixture.state().themesOf("rev"));
    }

    @Test
    void aReviewerWhoWroteANarrativeOfTheThemeCannotBeAssignedToIt() {
        var refusal = fixture.given(OPENED)
                .when(assign("CI", "author-1", new NarrativeWork("CI010", "n-10", "author")))
                .thenRefused(409, "reviewer-not-independent");
        assertTrue(refusal instanceof NotIndependent);
        assertEquals(List.of(new NarrativeWork("CI010", "n-10", "author")), ((NotIndependent) refusal).conflicts());
        assertTrue(refusal.getMessage().contains("CI010") && refusal.getMessage().contains("n-10"), refusal.getMessage());
    }

    @Test
    void aReviewerWhoContributedToANarrativeOfTheThemeCannotBeAssignedToIt() {
        fixture.given(OPENED).when(assign("CI", "workshop-1", new NarrativeWork("CI011", "n-11", "workshop participant")))
                .thenRefused(409, "reviewer-not-independent");
    }

    @Test
    void aThemeMustBeInTheCyclesFramework() {
        fixture.given(OPENED).when(assign("XX", "rev")).thenRefused(422, "unknown-theme");
    }

    @Test
    void noAssignmentBeforeTheRoundIsOpened() {
        fixture.given().when(assign("CI", "rev")).thenRefused(409, "round-not-opened");
    }

    @Test
    void noAssignmentInAClosedRound() {
        fixture.given(OPENED, new ScoringRoundClosed(ROUND, CYCLE, SNAPSHOT)).when(assign("CI", "rev"))
                .thenRefused(409, "round-closed");
    }

    @Test
    void aRoundClosesWhenEveryScoredCharacteristicIsFinalAndRecordsTheSnapshot() {
        fixture.given(OPENED).when(new CloseRound(SNAPSHOT, 73, List.of()))
                .then(new ScoringRoundClosed(ROUND, CYCLE, SNAPSHOT));
        fixture.given(OPENED, new ScoringRoundClosed(ROUND, CYCLE, SNAPSHOT));
        assertEquals(RoundStatus.CLOSED, fixture.state().status());
        assertEquals(SNAPSHOT, fixture.state().snapshotAt());
    }

    @Test
    void aRoundWithOpenScoresCannotClose() {
        var refusal = fixture.given(OPENED).when(new CloseRound(SNAPSHOT, 3, List.of("CI010", "CI011")))
                .thenRefused(409, "open-scores");
        assertTrue(refusal.getMessage().contains("CI010, CI011"), refusal.getMessage());
    }

    @Test
    void aRoundWithNothingScoredCannotClose() {
        fixture.given(OPENED).when(new CloseRound(SNAPSHOT, 0, List.of())).thenRefused(409, "nothing-scored");
    }

    @Test
    void aClosedRoundCannotCloseAgain() {
        fixture.given(OPENED, new ScoringRoundClosed(ROUND, CYCLE, SNAPSHOT)).when(new CloseRound(SNAPSHOT, 1, List.of()))
                .thenRefused(409, "round-closed");
    }

    @Test
    void aRoundNeverOpenedCannotClose() {
        fixture.given().when(new CloseRound(SNAPSHOT, 1, List.of())).thenRefused(409, "round-not-opened");
    }
}
