package org.bestvalue.scoring.score;

import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.scoring.independence.Independence;
import org.bestvalue.scoring.score.ScoreCommand.ModerateScore;
import org.bestvalue.scoring.score.ScoreCommand.RecordScore;
import org.bestvalue.scoring.score.ScoreCommand.ReviewByLeadership;
import org.bestvalue.scoring.score.ScoreEvent.LeadershipReviewed;
import org.bestvalue.scoring.score.ScoreEvent.ScoreFinalised;
import org.bestvalue.scoring.score.ScoreEvent.ScoreModerated;
import org.bestvalue.scoring.score.ScoreEvent.ScoreRecorded;
import org.bestvalue.scoring.score.ScoreEvent.ScoreReopened;

import java.util.List;

/**
 * The life of one characteristic's score in a round: an independent reviewer of its theme scores it;
 * a moderator confirms or revises it; leadership reviews anything yellow or worse (confirm, revise,
 * or reopen it for more evidence); it is final once moderated and, where required, leadership-reviewed.
 */
public final class ScoreDecider extends CommandTable<ScoreCommand, ScoreEvent, Score> {

    public ScoreDecider() {
        super(ScoreCommand.class, Score.UNSCORED);
        when(ScoreRecorded.class, (state, e) -> new Score(e.roundId(), e.cycleId(), e.characteristicCode(), e.themeCode(),
                ScoreStatus.SCORED, e.colour(), e.colour(), e.reviewerId(), false));
        when(ScoreModerated.class, (state, e) ->
                state.with(e.colour().needsLeadershipReview() ? ScoreStatus.MODERATED : state.status(), e.colour(), true));
        when(LeadershipReviewed.class, (state, e) -> state.with(state.status(), e.colour(), true));
        when(ScoreReopened.class, (state, e) -> state.with(ScoreStatus.REOPENED, null, false));
        when(ScoreFinalised.class, (state, e) -> state.with(ScoreStatus.FINAL, e.colour(), true));
    }

    private List<ScoreEvent> record(RecordScore c, Score state) {
        requireOpenRound(c.roundOpen());
        Characteristic ch = c.characteristic();
        if (ch.crossReferenceTo() != null) {
            throw new RuleViolation("cross-reference-not-scored", "characteristicCode", ch.code() + " reads \"see "
                    + ch.crossReferenceTo() + "\": it is a cross-reference and is never scored; score "
                    + ch.crossReferenceTo() + " instead");
        }
        if (!c.reviewerThemes().contains(ch.themeCode())) {
            throw new RuleViolation("outside-assigned-theme", "characteristicCode", c.reviewerThemes().isEmpty()
                    ? "You are not assigned to review any theme in this round"
                    : ch.code() + " belongs to theme " + ch.themeCode() + "; you review " + String.join(", ",
                    c.reviewerThemes().stream().sorted().toList()));
        }
        Independence.requireIndependentReviewer(c.reviewerId(), c.reviewerWork());
        switch (state.status()) {
            case MODERATED -> throw new RuleViolation(409, "score-already-moderated", null,
                    "The score has been moderated and awaits leadership review; it can no longer be changed by its reviewer");
            case FINAL -> throw new RuleViolation(409, "score-final", null, "The score is final");
            case REOPENED -> {
                if (!c.narrativeChangedSinceReopen()) {
                    throw new RuleViolation("narrative-unchanged", "characteristicCode", "Leadership asked for more evidence: "
                            + "rescore once the narrative of " + ch.code() + " or its evidence has changed");
                }
            }
            default -> {
            }
        }
        if (c.colour() == Colour.GREY && blank(c.greyJustification())) {
            throw new RuleViolation("grey-needs-justification", "greyJustification",
                    "A grey score needs a justification of why the characteristic is outside officers' control");
        }
        String reason = c.colour() == Colour.GREY
                ? c.rationale().strip() + "\n\nOutside officers' control: " + c.greyJustification().strip()
                : c.rationale().strip();
        return List.of(new ScoreRecorded(c.roundId(), c.cycleId(), ch.code(), ch.themeCode(), c.colour(),
                state.lastColour(), reason, c.reviewerId(), List.copyOf(c.evidenceSampled())));
    }

    private List<ScoreEvent> moderate(ModerateScore c, Score state) {
        requireOpenRound(c.roundOpen());
        switch (state.status()) {
            case UNSCORED -> throw new RuleViolation(409, "score-not-recorded", null, "Nothing to moderate: not scored yet");
            case REOPENED -> throw new RuleViolation(409, "score-reopened", null,
                    "The score was reopened for more evidence and awaits its reviewer's rescore");
            case MODERATED, FINAL -> throw new RuleViolation(409, "score-already-moderated", null,
                    "The score has already been moderated");
            default -> {
            }
        }
        Independence.requireIndependentModerator(c.moderatorId(), state.characteristicCode(), state.reviewerId(), c.moderatorWork());
        Colour colour = revisedOrConfirmed(c.outcome() == ModerationOutcome.REVISED, c.colour(), c.reason(), state);
        ScoreModerated moderated = new ScoreModerated(state.roundId(), state.cycleId(), state.characteristicCode(),
                state.themeCode(), colour, state.colour(), trimmed(c.reason()), c.outcome(), c.moderatorId());
        if (colour.needsLeadershipReview()) return List.of(moderated);
        return List.of(moderated, finalised(state, colour, "Final after moderation: " + org.bestvalue.eventkit.text.InWords.lower(colour) + " needs no leadership review"));
    }

    private List<ScoreEvent> review(ReviewByLeadership c, Score state) {
        requireOpenRound(c.roundOpen());
        switch (state.status()) {
            case UNSCORED, SCORED, REOPENED -> throw new RuleViolation(409, "score-not-moderated", null,
                    "Leadership reviews a score after moderation; this one is " + state.status());
            case FINAL -> throw new RuleViolation(409, "score-final", null, "The score is final");
            default -> {
            }
        }
        Independence.requireIndependentLeader(c.leaderId(), state.characteristicCode(), state.reviewerId(), c.leaderWork());
        Colour current = state.colour();
        return switch (c.decision()) {
            case CONFIRMED -> {
                Colour colour = revisedOrConfirmed(false, c.colour(), c.reason(), state);
                yield List.of(reviewed(state, colour, c), finalised(state, colour, "Confirmed by leadership"));
            }
            case REVISED -> {
                Colour colour = revisedOrConfirmed(true, c.colour(), c.reason(), state);
                yield List.of(reviewed(state, colour, c), finalised(state, colour, "Revised by leadership"));
            }
            case MORE_EVIDENCE_REQUESTED -> {
                if (blank(c.reason())) {
                    throw new RuleViolation("reason-required", "reason", "Say what evidence is needed");
                }
                if (c.colour() != null && c.colour() != current) {
                    throw new RuleViolation("colour-not-expected", "colour", "A request for more evidence does not change the colour");
                }
                yield List.of(reviewed(state, current, c), new ScoreReopened(state.roundId(), state.cycleId(),
                        state.characteristicCode(), state.themeCode(), null, current, c.reason().strip()));
            }
        };
    }

    private static Colour revisedOrConfirmed(boolean revised, Colour colour, String reason, Score state) {
        if (!revised) {
            if (colour != null && colour != state.colour()) {
                throw new RuleViolation("colour-not-expected", "colour",
                        "A confirmation keeps the colour " + state.colour() + "; revise it to change it");
            }
            return state.colour();
        }
        if (colour == null) throw new RuleViolation("colour-required", "colour", "A revision names the new colour");
        if (colour == state.colour()) {
            throw new RuleViolation("revision-changes-nothing", "colour", "The score is already " + colour + ": confirm it instead");
        }
        if (blank(reason)) throw new RuleViolation("reason-required", "reason", "A revision needs a reason");
        return colour;
    }

    private static LeadershipReviewed reviewed(Score state, Colour colour, ReviewByLeadership c) {
        return new LeadershipReviewed(state.roundId(), state.cycleId(), state.characteristicCode(), state.themeCode(),
                colour, state.colour(), trimmed(c.reason()), c.decision());
    }

    private static ScoreFinalised finalised(Score state, Colour colour, String reason) {
        return new ScoreFinalised(state.roundId(), state.cycleId(), state.characteristicCode(), state.themeCode(), colour,
                colour, reason);
    }

    private static void requireOpenRound(boolean open) {
        if (!open) throw new RuleViolation(409, "round-closed", "roundId", "The round is closed");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }
}
