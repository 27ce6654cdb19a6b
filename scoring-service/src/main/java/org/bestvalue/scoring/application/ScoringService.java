package org.bestvalue.scoring.application;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.DerivedIds;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.store.AggregateStore.Handled;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.scoring.projection.AssessmentView;
import org.bestvalue.scoring.projection.AssessmentView.Cycle;
import org.bestvalue.scoring.independence.NarrativeWork;
import org.bestvalue.scoring.projection.ScoringProjection;
import org.bestvalue.scoring.round.RoundKind;
import org.bestvalue.scoring.round.ScoringRound;
import org.bestvalue.scoring.round.ScoringRoundCommand;
import org.bestvalue.scoring.round.ScoringRoundEvent;
import org.bestvalue.scoring.score.Characteristic;
import org.bestvalue.scoring.score.Colour;
import org.bestvalue.scoring.score.LeadershipDecision;
import org.bestvalue.scoring.score.ModerationOutcome;
import org.bestvalue.scoring.score.Score;
import org.bestvalue.scoring.score.ScoreCommand;
import org.bestvalue.scoring.score.ScoreEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Runs the scoring commands: gathers the facts a decision needs (the round, the local view of the
 * assessment, the round's scores), hands them to the pure deciders, and appends what they decide
 * together with the query tables.
 *
 * <p>The facts a decision needs are read with the reactive PostgreSQL client, not through Hibernate: they
 * belong to the command, which is also run from consumers and tests outside a Vert.x request, and the
 * one fact a concurrent command could falsify (the round still open; no open scores at close) is checked
 * again under a row lock inside the append transaction by {@link ScoringProjection}.
 */
@ApplicationScoped
public class ScoringService {
    @Inject
    ScoringAggregates stores;
    @Inject
    ScoringProjection projection;
    @Inject
    AssessmentView assessment;
    @Inject
    Pool pool;

    // ---------------------------------------------------------------- rounds

    public Uni<String> openRound(CommandContext ctx, String cycleId, String name, RoundKind kind) {
        String roundId = DerivedIds.forCreate(ctx, "round").toString();
        return assessment.cycle(ctx.councilId(), cycleId).chain(cycle -> pool.preparedQuery(
                        "SELECT round_id, status FROM scoring_round WHERE council_id = $1 AND cycle_id = $2 AND round_id <> $3")
                .execute(Tuple.of(ctx.councilId(), cycleId, roundId))
                .chain(rs -> {
                    int earlier = 0;
                    String open = null;
                    for (Row r : rs) {
                        earlier++;
                        if ("OPEN".equals(r.getString("status"))) open = r.getString("round_id");
                    }
                    var command = new ScoringRoundCommand.OpenRound(roundId, cycleId, name, kind, cycle.isPresent(),
                            cycle.map(Cycle::closed).orElse(false), earlier, open);
                    return stores.rounds().handle(ctx, roundId, EventStore.NO_STREAM, command, projection);
                }))
                .replaceWith(roundId);
    }

    public Uni<Handled<ScoringRound, ScoringRoundEvent>> assignReviewer(CommandContext ctx, String roundId, long expectedVersion,
                                                                       String themeCode, String reviewerId) {
        return stores.rounds().require(ctx.councilId(), roundId)
                .chain(round -> cycleOf(ctx.councilId(), round.state())
                        .chain(cycle -> assessment.themes(cycle.frameworkVersionId())
                                .chain(themes -> assessment.workInTheme(ctx.councilId(), cycle, themeCode, reviewerId)
                                        .chain(work -> stores.rounds().handle(ctx, roundId, expectedVersion,
                                                new ScoringRoundCommand.AssignReviewer(themeCode, reviewerId, themes, work),
                                                projection)))));
    }

    public Uni<Handled<ScoringRound, ScoringRoundEvent>> closeRound(CommandContext ctx, String roundId, long expectedVersion) {
        return stores.rounds().require(ctx.councilId(), roundId)
                .chain(round -> pool.preparedQuery("SELECT characteristic_code, status FROM score WHERE council_id = $1 "
                                + "AND round_id = $2 ORDER BY characteristic_code")
                        .execute(Tuple.of(ctx.councilId(), roundId))
                        .chain(rs -> {
                            List<String> notFinal = new ArrayList<>();
                            for (Row r : rs) if (!"FINAL".equals(r.getString("status"))) notFinal.add(r.getString("characteristic_code"));
                            return stores.rounds().handle(ctx, roundId, expectedVersion,
                                    new ScoringRoundCommand.CloseRound(ctx.now(), rs.size(), notFinal), projection);
                        }));
    }

    // ---------------------------------------------------------------- scores

    /** The round, its cycle and the characteristic, as the caller's council sees them; 404 otherwise. */
    public record ScoreTarget(Loaded<ScoringRound> round, Cycle cycle, Characteristic characteristic) {
        public String roundId() {
            return round.state().roundId();
        }
    }

    public Uni<ScoreTarget> target(String councilId, String roundId, String code) {
        return stores.rounds().require(councilId, roundId)
                .chain(round -> cycleOf(councilId, round.state())
                        .chain(cycle -> assessment.characteristic(cycle.frameworkVersionId(), code)
                                .map(ch -> new ScoreTarget(round, cycle, ch.orElseThrow(() -> new NotFound(
                                        "Characteristic " + code + " is not in the framework of this round's cycle"))))));
    }

    public Uni<Handled<Score, ScoreEvent>> recordScore(CommandContext ctx, String roundId, String code, long expectedVersion,
                                                       Colour colour, String rationale, String greyJustification,
                                                       List<String> evidenceSampled) {
        return onScore(ctx, roundId, code, expectedVersion, (t, work) -> narrativeChangedSinceReopen(ctx.councilId(), t)
                .map(changed -> new ScoreCommand.RecordScore(roundId, t.cycle().cycleId(), t.characteristic(), ctx.actor(), colour,
                        rationale, greyJustification, evidenceSampled, t.round().state().isOpen(),
                        t.round().state().themesOf(ctx.actor()), work, changed)));
    }

    public Uni<Handled<Score, ScoreEvent>> moderate(CommandContext ctx, String roundId, String code, long expectedVersion,
                                                    ModerationOutcome outcome, Colour colour, String reason) {
        return onScore(ctx, roundId, code, expectedVersion, (t, work) -> Uni.createFrom().item(
                new ScoreCommand.ModerateScore(ctx.actor(), outcome, colour, reason, t.round().state().isOpen(), work)));
    }

    public Uni<Handled<Score, ScoreEvent>> reviewByLeadership(CommandContext ctx, String roundId, String code, long expectedVersion,
                                                              LeadershipDecision decision, Colour colour, String reason) {
        return onScore(ctx, roundId, code, expectedVersion, (t, work) -> Uni.createFrom().item(
                new ScoreCommand.ReviewByLeadership(ctx.actor(), decision, colour, reason, t.round().state().isOpen(), work)));
    }

    /**
     * A command on a characteristic's score: found through its round and cycle (404 otherwise), made knowing what the
     * caller wrote on the characteristic's narrative (the independence rule), decided at the version the caller read.
     */
    private Uni<Handled<Score, ScoreEvent>> onScore(CommandContext ctx, String roundId, String code, long expectedVersion,
                                                    BiFunction<ScoreTarget, List<NarrativeWork>, Uni<? extends ScoreCommand>> command) {
        return target(ctx.councilId(), roundId, code).chain(t -> assessment
                .workOnCharacteristic(ctx.councilId(), t.cycle().cycleId(), code, ctx.actor())
                .chain(work -> command.apply(t, work))
                .chain(c -> stores.scores().handle(ctx, ScoringAggregates.scoreId(roundId, code), expectedVersion, c, projection)));
    }

    private Uni<Boolean> narrativeChangedSinceReopen(String councilId, ScoreTarget t) {
        return pool.preparedQuery("SELECT reopened_at FROM score WHERE council_id = $1 AND round_id = $2 AND characteristic_code = $3 "
                        + "AND status = 'REOPENED'")
                .execute(Tuple.of(councilId, t.roundId(), t.characteristic().code()))
                .chain(rs -> {
                    if (rs.size() == 0) return Uni.createFrom().item(false);
                    Instant reopenedAt = rs.iterator().next().getOffsetDateTime("reopened_at").toInstant();
                    return assessment.narrativeChangedAfter(councilId, t.cycle().cycleId(), t.characteristic().code(), reopenedAt);
                });
    }

    private Uni<Cycle> cycleOf(String councilId, ScoringRound round) {
        // Only when the local view is being rebuilt from the assessment topic and has not reached the cycle yet.
        return assessment.cycle(councilId, round.cycleId()).map(c -> c.orElseThrow(() -> new RuleViolation(409,
                "cycle-not-in-view", "cycleId", "Cycle " + round.cycleId() + " of this round is not (yet) known to scoring; try again shortly")));
    }
}
