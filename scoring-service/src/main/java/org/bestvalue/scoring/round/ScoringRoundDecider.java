package org.bestvalue.scoring.round;

import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.scoring.independence.Independence;
import org.bestvalue.scoring.round.ScoringRoundCommand.AssignReviewer;
import org.bestvalue.scoring.round.ScoringRoundCommand.CloseRound;
import org.bestvalue.scoring.round.ScoringRoundCommand.OpenRound;
import org.bestvalue.scoring.round.ScoringRoundEvent.ReviewerAssigned;
import org.bestvalue.scoring.round.ScoringRoundEvent.ScoringRoundClosed;
import org.bestvalue.scoring.round.ScoringRoundEvent.ScoringRoundOpened;

import java.util.List;
import java.util.Map;

/**
 * The rules of a scoring round: a planner opens it for a known, open cycle; assigns one independent
 * reviewer per theme; and closes it only when every scored characteristic is final.
 */
public final class ScoringRoundDecider extends CommandTable<ScoringRoundCommand, ScoringRoundEvent, ScoringRound> {

    public ScoringRoundDecider() {
        super(ScoringRoundCommand.class, ScoringRound.NONE);
        when(ScoringRoundOpened.class, (state, e) ->
                new ScoringRound(e.roundId(), e.cycleId(), e.name(), e.kind(), RoundStatus.OPEN, Map.of(), null));
        when(ReviewerAssigned.class, (state, e) -> state.withReviewer(e.themeCode(), e.reviewerId()));
        when(ScoringRoundClosed.class, (state, e) -> new ScoringRound(state.roundId(), state.cycleId(), state.name(),
                state.kind(), RoundStatus.CLOSED, state.reviewersByTheme(), e.snapshotAt()));
    }

    private List<ScoringRoundEvent> open(OpenRound c, ScoringRound state) {
        if (state.status() != RoundStatus.NOT_OPENED) {
            throw new RuleViolation(409, "round-already-opened", "roundId", "Round " + c.roundId() + " is already opened");
        }
        if (!c.cycleKnown()) {
            throw new RuleViolation("unknown-cycle", "cycleId", "No assessment cycle " + c.cycleId()
                    + " is known to scoring (has the assessment service opened it?)");
        }
        if (c.cycleClosed()) {
            throw new RuleViolation(409, "cycle-closed", "cycleId", "Assessment cycle " + c.cycleId() + " is closed");
        }
        if (c.openRoundId() != null) {
            throw new RuleViolation(409, "round-already-open", "cycleId", "Round " + c.openRoundId()
                    + " of this cycle is still open: close it before opening another");
        }
        if (c.kind() == RoundKind.INITIAL && c.earlierRounds() > 0) {
            throw new RuleViolation("initial-round-exists", "kind", "The cycle already had a round: open a RECHECK round");
        }
        if (c.kind() == RoundKind.RECHECK && c.earlierRounds() == 0) {
            throw new RuleViolation("no-round-to-recheck", "kind", "The cycle has no round yet: open an INITIAL round");
        }
        return List.of(new ScoringRoundOpened(c.roundId(), c.cycleId(), c.name().strip(), c.kind()));
    }

    private List<ScoringRoundEvent> assign(AssignReviewer c, ScoringRound state) {
        requireOpen(state);
        if (!c.frameworkThemes().contains(c.themeCode())) {
            throw new RuleViolation("unknown-theme", "themeCode", "Theme " + c.themeCode()
                    + " is not in the framework version of this cycle");
        }
        Independence.requireIndependentReviewer(c.reviewerId(), c.reviewerWork());
        if (c.reviewerId().equals(state.reviewersByTheme().get(c.themeCode()))) return List.of();
        return List.of(new ReviewerAssigned(state.roundId(), state.cycleId(), c.themeCode(), c.reviewerId()));
    }

    private List<ScoringRoundEvent> close(CloseRound c, ScoringRound state) {
        requireOpen(state);
        if (c.scoredCharacteristics() == 0) {
            throw new RuleViolation(409, "nothing-scored", null, "No characteristic has been scored in this round");
        }
        if (!c.notFinal().isEmpty()) {
            throw new RuleViolation(409, "open-scores", null, c.notFinal().size()
                    + " scored characteristic(s) are not final yet: " + String.join(", ", c.notFinal()));
        }
        return List.of(new ScoringRoundClosed(state.roundId(), state.cycleId(), c.snapshotAt()));
    }

    static void requireOpen(ScoringRound state) {
        if (state.status() == RoundStatus.NOT_OPENED) {
            throw new RuleViolation(409, "round-not-opened", "roundId", "The round has not been opened");
        }
        if (state.status() == RoundStatus.CLOSED) {
            throw new RuleViolation(409, "round-closed", "roundId", "The round was closed at " + state.snapshotAt());
        }
    }
}
