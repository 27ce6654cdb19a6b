package org.bestvalue.scoring.score;

import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.scoring.DeciderFixture;
import org.bestvalue.scoring.independence.NarrativeWork;
import org.bestvalue.scoring.independence.Independence;
import org.bestvalue.scoring.independence.NotIndependent;
import org.bestvalue.scoring.score.ScoreCommand.ModerateScore;
import org.bestvalue.scoring.score.ScoreCommand.RecordScore;
import org.bestvalue.scoring.score.ScoreCommand.ReviewByLeadership;
import org.bestvalue.scoring.score.ScoreEvent.LeadershipReviewed;
import org.bestvalue.scoring.score.ScoreEvent.ScoreFinalised;
import org.bestvalue.scoring.score.ScoreEvent.ScoreModerated;
import org.bestvalue.scoring.score.ScoreEvent.ScoreRecorded;
import org.bestvalue.scoring.score.ScoreEvent.ScoreReopened;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.bestvalue.scoring.score.Colour.AMBER;
import static org.bestvalue.scoring.score.Colour.DARK_GREEN;
import static org.bestvalue.scoring.score.Colour.GREY;
import static org.bestvalue.scoring.score.Colour.LIGHT_GREEN;
import static org.bestvalue.scoring.score.Colour.RED;
import static org.bestvalue.scoring.score.Colour.YELLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class ScoreDeciderTest {
    private static final String ROUND = "r-1";
    private static final String CYCLE = "c-2024";
    private static final Characteristic CI010 = new Characteristic("CI010", "CI", null);
    private static final String REVIEWER = "rev-ci";
    private static final String MODERATOR = "mod-1";

    private final DeciderFixture<ScoreCommand, ScoreEvent, Score> fixture = new DeciderFixture<>(new ScoreDecider());

    // ------------------------------------------------------------ commands and events of the story

    private static RecordScore score(Colour colour) {
        return score(colour, CI010, Set.of("CI"), List.of(), false);
    }

    private static RecordScore score(Colour colour, Characteristic ch, Set<String> themes, List<NarrativeWork> work,
                                     boolean narrativeChanged) {
        return new RecordScore(ROUND, CYCLE, ch, REVIEWER, colour, " A rationale ", null, List.of("ev-1"), true, themes,
                work, narrativeChanged);
    }

    private static ScoreRecorded recorded(Colour colour, Colour previous) {
        return new ScoreRecorded(ROUND, CYCLE, "CI010", "CI", colour, previous, "A rationale", REVIEWER, List.of("ev-1"));
    }

    private static ScoreModerated moderated(Colour colour, Colour previous, ModerationOutcome outcome, String reason) {
        return new ScoreModerated(ROUND, CYCLE, "CI010", "CI", colour, previous, reason, outcome, MODERATOR);
    }

    private static ScoreFinalised finalised(Colour colour, String reason) {
        return new ScoreFinalised(ROUND, CYCLE, "CI010", "CI", colour, colour, reason);
    }

    private static LeadershipReviewed reviewed(Colour colour, Colour previous, LeadershipDecision decision, String reason) {
        return new LeadershipReviewed(ROUND, CYCLE, "CI010", "CI", colour, previous, reason, decision);
    }

    private static ScoreReopened reopened(Colour previous, String reason) {
        return new ScoreReopened(ROUND, CYCLE, "CI010", "CI", null, previous, reason);
    }

    private static ModerateScore confirm() {
        return new ModerateScore(MODERATOR, ModerationOutcome.CONFIRMED, null, "Consistent", true, List.of());
    }

    private static ModerateScore revise(Colour colour, String reason) {
        return new ModerateScore(MODERATOR, ModerationOutcome.REVISED, colour, reason, true, List.of());
    }

    private static ReviewByLeadership lead(LeadershipDecision decision, Colour colour, String reason) {
        return new ReviewByLeadership("leader-1", decision, colour, reason, true, List.of());
    }

    private static final ScoreModerated AMBER_CONFIRMED = moderated(AMBER, AMBER, ModerationOutcome.CONFIRMED, "Consistent");

    // ------------------------------------------------------------ recording

    @Test
    void theThemesReviewerScoresACharacteristic() {
        fixture.given().when(score(LIGHT_GREEN)).then(recorded(LIGHT_GREEN, null));
    }

    @Test
    void aReviewerMayRescoreBeforeModerationAndTheHistoryShowsOldToNew() {
        fixture.given(recorded(LIGHT_GREEN, null)).when(score(YELLOW)).then(recorded(YELLOW, LIGHT_GREEN));
    }

    @Test
    void greyNeedsAJustificationOfWhyItIsOutsideOfficersControl() {
        fixture.given().when(score(GREY)).thenRefused(422, "grey-needs-justification");
    }

    @Test
    void aGreyScoreCarriesItsJustificationInTheReason() {
        var command = new RecordScore(ROUND, CYCLE, new Characteristic("L009", "L", null), REVIEWER, GREY, "All-out elections",
                "A decision of full council", List.of(), true, Set.of("L"), List.of(), false);
        ScoreRecorded e = (ScoreRecorded) fixture.given().when(command).events().get(0);
        assertEquals("All-out elections\n\nOutside officers' control: A decision of full council", e.reason());
        assertEquals(GREY, e.colour());
    }

    @Test
    void aReviewerScoresOnlyCharacteristicsOfTheirTheme() {
        fixture.given().when(score(YELLOW, CI010, Set.of("L"), List.of(), false)).thenRefused(422, "outside-assigned-theme");
    }

    @Test
    void aUserWithNoThemeInTheRoundCannotScore() {
        fixture.given().when(score(YELLOW, CI010, Set.of(), List.of(), false)).thenRefused(422, "outside-assigned-theme");
    }

    @Test
    void aCrossReferenceIsNeverScored() {
        fixture.given().when(score(YELLOW, new Characteristic("G002", "G", "CI012"), Set.of("G"), List.of(), false))
                .thenRefused(422, "cross-reference-not-scored");
    }

    @Test
    void reviewerWhoContributedToANarrativeCannotScoreIt() {
        RuleViolation refusal = fixture.given()
                .when(score(YELLOW, CI010, Set.of("CI"), List.of(new NarrativeWork("CI010", "n-10", "workshop participant")), false))
                .thenRefused(409, "reviewer-not-independent");
        assertEquals("n-10", assertInstanceOf(NotIndependent.class, refusal).conflicts().get(0).narrativeId());
    }

    @Test
    void reviewerWhoAuthoredTheNarrativeCannotScoreIt() {
        fixture.given().when(score(YELLOW, CI010, Set.of("CI"), List.of(new NarrativeWork("CI010", "n-10", "author")), false))
                .thenRefused(409, "reviewer-not-independent");
    }

    @Test
    void noScoreInAClosedRound() {
        var command = new RecordScore(ROUND, CYCLE, CI010, REVIEWER, YELLOW, "r", null, List.of(), false, Set.of("CI"), List.of(), false);
        fixture.given().when(command).thenRefused(409, "round-closed");
    }

    @Test
    void aModeratedScoreCannotBeRescoredByItsReviewer() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED).when(score(YELLOW)).thenRefused(409, "score-already-moderated");
    }

    @Test
    void aFinalScoreCannotBeRescored() {
        fixture.given(recorded(LIGHT_GREEN, null), moderated(LIGHT_GREEN, LIGHT_GREEN, ModerationOutcome.CONFIRMED, null),
                finalised(LIGHT_GREEN, "x")).when(score(YELLOW)).thenRefused(409, "score-final");
    }

    // ------------------------------------------------------------ moderation

    @Test
    void confirmingAGreenScoreMakesItFinalWithoutLeadershipReview() {
        fixture.given(recorded(LIGHT_GREEN, null)).when(confirm()).then(
                moderated(LIGHT_GREEN, LIGHT_GREEN, ModerationOutcome.CONFIRMED, "Consistent"),
                finalised(LIGHT_GREEN, "Final after moderation: light green needs no leadership review"));
    }

    @Test
    void confirmingAGreyScoreMakesItFinal() {
        fixture.given(recorded(GREY, null)).when(confirm()).then(
                moderated(GREY, GREY, ModerationOutcome.CONFIRMED, "Consistent"),
                finalised(GREY, "Final after moderation: grey needs no leadership review"));
    }

    @Test
    void aYellowOrWorseScoreWaitsForLeadershipAfterModeration() {
        for (Colour c : List.of(YELLOW, AMBER, RED)) {
            fixture.given(recorded(c, null)).when(confirm()).then(moderated(c, c, ModerationOutcome.CONFIRMED, "Consistent"));
            fixture.given(recorded(c, null), moderated(c, c, ModerationOutcome.CONFIRMED, "Consistent"));
            assertEquals(ScoreStatus.MODERATED, fixture.state().status());
        }
    }

    @Test
    void aModeratorRevisesAScoreWithAReason() {
        fixture.given(recorded(LIGHT_GREEN, null)).when(revise(YELLOW, "Gaps in the narrative"))
                .then(moderated(YELLOW, LIGHT_GREEN, ModerationOutcome.REVISED, "Gaps in the narrative"));
    }

    @Test
    void revisingDownToGreenMakesTheScoreFinal() {
        fixture.given(recorded(YELLOW, null)).when(revise(DARK_GREEN, "Strong evidence")).then(
                moderated(DARK_GREEN, YELLOW, ModerationOutcome.REVISED, "Strong evidence"),
                finalised(DARK_GREEN, "Final after moderation: dark green needs no leadership review"));
    }

    @Test
    void aRevisionNeedsAReason() {
        fixture.given(recorded(LIGHT_GREEN, null)).when(revise(YELLOW, " ")).thenRefused(422, "reason-required");
    }

    @Test
    void aRevisionNeedsAColour() {
        fixture.given(recorded(LIGHT_GREEN, null)).when(revise(null, "x")).thenRefused(422, "colour-required");
    }

    @Test
    void aRevisionMustChangeTheColour() {
        fixture.given(recorded(LIGHT_GREEN, null)).when(revise(LIGHT_GREEN, "x")).thenRefused(422, "revision-changes-nothing");
    }

    @Test
    void aConfirmationCannotChangeTheColour() {
        fixture.given(recorded(LIGHT_GREEN, null))
                .when(new ModerateScore(MODERATOR, ModerationOutcome.CONFIRMED, YELLOW, "x", true, List.of()))
                .thenRefused(422, "colour-not-expected");
    }

    @Test
    void nothingToModerateBeforeAScore() {
        fixture.given().when(confirm()).thenRefused(409, "score-not-recorded");
    }

    @Test
    void aScoreIsModeratedOnce() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED).when(confirm()).thenRefused(409, "score-already-moderated");
        fixture.given(recorded(LIGHT_GREEN, null), moderated(LIGHT_GREEN, LIGHT_GREEN, ModerationOutcome.CONFIRMED, null),
                finalised(LIGHT_GREEN, "x")).when(confirm()).thenRefused(409, "score-already-moderated");
    }

    @Test
    void aReopenedScoreIsNotModeratedUntilRescored() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED,
                        reviewed(AMBER, AMBER, LeadershipDecision.MORE_EVIDENCE_REQUESTED, "More"), reopened(AMBER, "More"))
                .when(confirm()).thenRefused(409, "score-reopened");
    }

    @Test
    void aModeratorDoesNotModerateTheirOwnScore() {
        RuleViolation refusal = fixture.given(recorded(AMBER, null))
                .when(new ModerateScore(REVIEWER, ModerationOutcome.CONFIRMED, null, null, true, List.of()))
                .thenRefused(409, "moderator-not-independent");
        assertNotIndependentOfCI010(refusal, Independence.MODERATOR_RULE);
    }

    @Test
    void aModeratorWhoContributedToTheNarrativeDoesNotModerateIt() {
        RuleViolation refusal = fixture.given(recorded(AMBER, null))
                .when(new ModerateScore(MODERATOR, ModerationOutcome.CONFIRMED, null, null, true,
                        List.of(new NarrativeWork("CI010", "n-10", "contributor"))))
                .thenRefused(409, "moderator-not-independent");
        assertEquals("n-10", assertInstanceOf(NotIndependent.class, refusal).conflicts().get(0).narrativeId());
    }

    @Test
    void leadershipWhoWroteTheNarrativeDoesNotReviewIt() {
        RuleViolation refusal = fixture.given(recorded(AMBER, null), AMBER_CONFIRMED)
                .when(new ReviewByLeadership("leader-1", LeadershipDecision.CONFIRMED, null, null, true,
                        List.of(new NarrativeWork("CI010", "n-10", "author"))))
                .thenRefused(409, "leader-not-independent");
        assertNotIndependentOfCI010(refusal, Independence.LEADER_RULE);
    }

    /** The refusal names the rule broken and the characteristic it was broken on. */
    private static void assertNotIndependentOfCI010(RuleViolation refusal, String rule) {
        NotIndependent why = assertInstanceOf(NotIndependent.class, refusal);
        assertEquals(List.of("CI010"), why.characteristicCodes());
        assertEquals(rule, why.rule());
    }

    @Test
    void leadershipDoesNotReviewAScoreTheyRecorded() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED)
                .when(new ReviewByLeadership(REVIEWER, LeadershipDecision.CONFIRMED, null, null, true, List.of()))
                .thenRefused(409, "leader-not-independent");
    }

    @Test
    void noModerationInAClosedRound() {
        fixture.given(recorded(AMBER, null))
                .when(new ModerateScore(MODERATOR, ModerationOutcome.CONFIRMED, null, null, false, List.of()))
                .thenRefused(409, "round-closed");
    }

    // ------------------------------------------------------------ leadership review

    @Test
    void leadershipConfirmsAModeratedAmberScoreAndItBecomesFinal() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED).when(lead(LeadershipDecision.CONFIRMED, null, null)).then(
                reviewed(AMBER, AMBER, LeadershipDecision.CONFIRMED, null), finalised(AMBER, "Confirmed by leadership"));
    }

    @Test
    void leadershipRevisesAScoreWithAReasonAndItBecomesFinal() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED).when(lead(LeadershipDecision.REVISED, YELLOW, "New evidence"))
                .then(reviewed(YELLOW, AMBER, LeadershipDecision.REVISED, "New evidence"), finalised(YELLOW, "Revised by leadership"));
    }

    @Test
    void leadershipRevisionNeedsAColourAndAReasonAndAChange() {
        var given = fixture.given(recorded(AMBER, null), AMBER_CONFIRMED);
        given.when(lead(LeadershipDecision.REVISED, null, "x")).thenRefused(422, "colour-required");
        given.when(lead(LeadershipDecision.REVISED, YELLOW, null)).thenRefused(422, "reason-required");
        given.when(lead(LeadershipDecision.REVISED, AMBER, "x")).thenRefused(422, "revision-changes-nothing");
    }

    @Test
    void leadershipRequestsMoreEvidenceAndTheScoreReopensForTheReviewer() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED)
                .when(lead(LeadershipDecision.MORE_EVIDENCE_REQUESTED, null, "Add the survey results"))
                .then(reviewed(AMBER, AMBER, LeadershipDecision.MORE_EVIDENCE_REQUESTED, "Add the survey results"),
                        reopened(AMBER, "Add the survey results"));
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED,
                reviewed(AMBER, AMBER, LeadershipDecision.MORE_EVIDENCE_REQUESTED, "x"), reopened(AMBER, "x"));
        assertEquals(ScoreStatus.REOPENED, fixture.state().status());
        assertNull(fixture.state().colour());
    }

    @Test
    void aRequestForMoreEvidenceSaysWhatIsNeeded() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED).when(lead(LeadershipDecision.MORE_EVIDENCE_REQUESTED, null, ""))
                .thenRefused(422, "reason-required");
    }

    @Test
    void aReopenedScoreIsRescoredOnlyOnceTheNarrativeChanged() {
        var given = fixture.given(recorded(AMBER, null), AMBER_CONFIRMED,
                reviewed(AMBER, AMBER, LeadershipDecision.MORE_EVIDENCE_REQUESTED, "x"), reopened(AMBER, "x"));
        given.when(score(YELLOW, CI010, Set.of("CI"), List.of(), false)).thenRefused(422, "narrative-unchanged");
        given.when(score(YELLOW, CI010, Set.of("CI"), List.of(), true)).then(recorded(YELLOW, AMBER));
    }

    @Test
    void aRescoredReopenedScoreGoesThroughModerationAndLeadershipAgain() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED,
                        reviewed(AMBER, AMBER, LeadershipDecision.MORE_EVIDENCE_REQUESTED, "x"), reopened(AMBER, "x"),
                        recorded(YELLOW, AMBER))
                .when(lead(LeadershipDecision.CONFIRMED, null, null)).thenRefused(409, "score-not-moderated");
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED,
                        reviewed(AMBER, AMBER, LeadershipDecision.MORE_EVIDENCE_REQUESTED, "x"), reopened(AMBER, "x"),
                        recorded(YELLOW, AMBER))
                .when(confirm()).then(moderated(YELLOW, YELLOW, ModerationOutcome.CONFIRMED, "Consistent"));
    }

    @Test
    void leadershipReviewsOnlyModeratedScores() {
        fixture.given().when(lead(LeadershipDecision.CONFIRMED, null, null)).thenRefused(409, "score-not-moderated");
        fixture.given(recorded(AMBER, null)).when(lead(LeadershipDecision.CONFIRMED, null, null))
                .thenRefused(409, "score-not-moderated");
    }

    @Test
    void aGreenScoreNeedsNoLeadershipReviewAndAFinalOneTakesNone() {
        fixture.given(recorded(LIGHT_GREEN, null), moderated(LIGHT_GREEN, LIGHT_GREEN, ModerationOutcome.CONFIRMED, null),
                finalised(LIGHT_GREEN, "x")).when(lead(LeadershipDecision.CONFIRMED, null, null)).thenRefused(409, "score-final");
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED, reviewed(AMBER, AMBER, LeadershipDecision.CONFIRMED, null),
                finalised(AMBER, "x")).when(lead(LeadershipDecision.REVISED, RED, "x")).thenRefused(409, "score-final");
    }

    @Test
    void aReopenedScoreTakesNoLeadershipDecision() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED,
                        reviewed(AMBER, AMBER, LeadershipDecision.MORE_EVIDENCE_REQUESTED, "x"), reopened(AMBER, "x"))
                .when(lead(LeadershipDecision.CONFIRMED, null, null)).thenRefused(409, "score-not-moderated");
    }

    @Test
    void noLeadershipReviewInAClosedRound() {
        fixture.given(recorded(AMBER, null), AMBER_CONFIRMED)
                .when(new ReviewByLeadership("leader-1", LeadershipDecision.CONFIRMED, null, null, false, List.of()))
                .thenRefused(409, "round-closed");
    }

    @Test
    void aScoreIsFinalOnceModeratedAndLeadershipReviewed() {
        fixture.given(recorded(RED, null), moderated(RED, RED, ModerationOutcome.CONFIRMED, null),
                reviewed(AMBER, RED, LeadershipDecision.REVISED, "x"), finalised(AMBER, "x"));
        Score s = fixture.state();
        assertEquals(ScoreStatus.FINAL, s.status());
        assertEquals(AMBER, s.colour());
        assertEquals(true, s.moderated());
    }
}
