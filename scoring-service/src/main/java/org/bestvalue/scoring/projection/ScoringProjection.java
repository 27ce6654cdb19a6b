package org.bestvalue.scoring.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.InlineProjection;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.scoring.application.ScoringAggregates;
import org.bestvalue.scoring.round.RoundStatus;
import org.bestvalue.scoring.round.ScoringRoundEvent;
import org.bestvalue.scoring.round.ScoringRoundEvent.ReviewerAssigned;
import org.bestvalue.scoring.round.ScoringRoundEvent.ScoringRoundClosed;
import org.bestvalue.scoring.round.ScoringRoundEvent.ScoringRoundOpened;
import org.bestvalue.scoring.score.ScoreEvent;
import org.bestvalue.scoring.score.ScoreEvent.LeadershipReviewed;
import org.bestvalue.scoring.score.ScoreEvent.ScoreFinalised;
import org.bestvalue.scoring.score.ScoreEvent.ScoreModerated;
import org.bestvalue.scoring.score.ScoreEvent.ScoreRecorded;
import org.bestvalue.scoring.score.ScoreEvent.ScoreReopened;
import org.bestvalue.scoring.score.ScoreStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps the query tables (scoring_round, reviewer_assignment, score) in step with the scoring events,
 * in the append's transaction. The same code rebuilds them from the events table.
 */
@ApplicationScoped
public class ScoringProjection implements InlineProjection {
    @Inject
    ScoringAggregates stores;

    /**
     * The live path, in the append's transaction. A round and its scores are different streams, so the
     * round's "open" check and a score's append are not atomic by themselves: a score append takes a
     * share lock on the round's row and is refused once the round is closed, and a close takes the row
     * exclusively and re-counts the open scores, so a close and a concurrent new score never both commit.
     */
    @Override
    public Uni<Void> apply(SqlConnection tx, List<EventEnvelope> events) {
        if (events.isEmpty()) return Uni.createFrom().voidItem();
        EventEnvelope first = events.get(0);
        Uni<Void> guard = ScoringAggregates.SCORE.equals(first.streamType())
                ? roundStillOpen(tx, first.streamId().split(":", 2)[0]) : Uni.createFrom().voidItem();
        return guard.chain(() -> applyAll(tx, events))
                .chain(() -> closes(events) ? noOpenScores(tx, first.streamId()) : Uni.createFrom().voidItem());
    }

    private static Uni<Void> roundStillOpen(SqlConnection tx, String roundId) {
        return tx.preparedQuery("SELECT status FROM scoring_round WHERE round_id = $1 FOR SHARE").execute(Tuple.of(roundId))
                .invoke(rs -> {
                    if (rs.size() > 0 && RoundStatus.CLOSED.name().equals(rs.iterator().next().getString("status"))) {
                        throw new RuleViolation(409, "round-closed", "roundId", "The round has been closed");
                    }
                })
                .replaceWithVoid();
    }

    private static boolean closes(List<EventEnvelope> events) {
        return events.stream().anyMatch(e -> e.type().equals(ScoringRoundClosed.class.getSimpleName()));
    }

    private static Uni<Void> noOpenScores(SqlConnection tx, String roundId) {
        return tx.preparedQuery("SELECT characteristic_code FROM score WHERE round_id = $1 AND status <> 'FINAL' "
                        + "ORDER BY characteristic_code").execute(Tuple.of(roundId))
                .invoke(rs -> {
                    if (rs.size() == 0) return;
                    List<String> open = new java.util.ArrayList<>();
                    rs.forEach(r -> open.add(r.getString("characteristic_code")));
                    throw new RuleViolation(409, "open-scores", null, open.size()
                            + " scored characteristic(s) are not final yet: " + String.join(", ", open));
                })
                .replaceWithVoid();
    }

    public Uni<Void> applyAll(SqlClient tx, List<EventEnvelope> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (EventEnvelope e : events) chain = chain.chain(() -> apply(tx, e));
        return chain;
    }

    private Uni<Void> apply(SqlClient tx, EventEnvelope e) {
        if (ScoringAggregates.ROUND.equals(e.streamType())) return round(tx, e, stores.rounds().codec().decode(e));
        if (ScoringAggregates.SCORE.equals(e.streamType())) return score(tx, e, stores.scores().codec().decode(e));
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> round(SqlClient tx, EventEnvelope env, ScoringRoundEvent event) {
        OffsetDateTime at = at(env);
        if (event instanceof ScoringRoundOpened e) {
            return run(tx, "INSERT INTO scoring_round (round_id, council_id, cycle_id, name, kind, status, opened_at, opened_by, version) "
                    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", Tuple.tuple(List.of(e.roundId(), env.councilId(), e.cycleId(),
                    e.name(), e.kind().name(), RoundStatus.OPEN.name(), at, env.actor(), env.streamVersion())));
        }
        if (event instanceof ReviewerAssigned e) {
            return run(tx, "INSERT INTO reviewer_assignment (round_id, theme_code, council_id, reviewer_id, assigned_at, assigned_by) "
                    + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (round_id, theme_code) DO UPDATE SET "
                    + "reviewer_id = EXCLUDED.reviewer_id, assigned_at = EXCLUDED.assigned_at, assigned_by = EXCLUDED.assigned_by",
                    Tuple.tuple(List.of(e.roundId(), e.themeCode(), env.councilId(), e.reviewerId(), at, env.actor())))
                    .chain(() -> roundVersion(tx, env));
        }
        if (event instanceof ScoringRoundClosed e) {
            return run(tx, "UPDATE scoring_round SET status = $2, snapshot_at = $3, closed_by = $4, version = $5 WHERE round_id = $1",
                    Tuple.tuple(List.of(e.roundId(), RoundStatus.CLOSED.name(), e.snapshotAt().atOffset(ZoneOffset.UTC),
                            env.actor(), env.streamVersion())));
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> roundVersion(SqlClient tx, EventEnvelope env) {
        return run(tx, "UPDATE scoring_round SET version = $2 WHERE round_id = $1", Tuple.of(env.streamId(), env.streamVersion()));
    }

    private Uni<Void> score(SqlClient tx, EventEnvelope env, ScoreEvent event) {
        OffsetDateTime at = at(env);
        if (event instanceof ScoreRecorded e) {
            Tuple t = Tuple.tuple(List.of(e.roundId(), e.characteristicCode(), env.councilId(), e.cycleId(), e.themeCode(),
                    ScoreStatus.SCORED.name(), e.colour().name(), e.reviewerId(), e.reason(),
                    e.evidenceSampled().toArray(String[]::new), at, env.actor(), env.streamVersion()));
            // A rescore starts the moderation and leadership review afresh.
            return run(tx, "INSERT INTO score (round_id, characteristic_code, council_id, cycle_id, theme_code, status, colour, "
                    + "reviewer_id, rationale, evidence_sampled, updated_at, updated_by, version) "
                    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) "
                    + "ON CONFLICT (round_id, characteristic_code) DO UPDATE SET status = EXCLUDED.status, colour = EXCLUDED.colour, "
                    + "reviewer_id = EXCLUDED.reviewer_id, rationale = EXCLUDED.rationale, evidence_sampled = EXCLUDED.evidence_sampled, "
                    + "moderation_outcome = NULL, moderator_id = NULL, moderation_reason = NULL, leadership_decision = NULL, "
                    + "leadership_reason = NULL, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by, "
                    + "version = EXCLUDED.version", t);
        }
        if (event instanceof ScoreModerated e) {
            String status = e.colour().needsLeadershipReview() ? ScoreStatus.MODERATED.name() : ScoreStatus.SCORED.name();
            return update(tx, env, "status = $5, colour = $6, moderation_outcome = $7, moderator_id = $8, moderation_reason = $9",
                    status, e.colour().name(), e.outcome().name(), e.moderatorId(), e.reason());
        }
        if (event instanceof LeadershipReviewed e) {
            return update(tx, env, "colour = $5, leadership_decision = $6, leadership_reason = $7",
                    e.colour().name(), e.decision().name(), e.reason());
        }
        if (event instanceof ScoreReopened) {
            return update(tx, env, "status = $5, colour = NULL, reopened_at = $6", ScoreStatus.REOPENED.name(), at);
        }
        if (event instanceof ScoreFinalised e) {
            return update(tx, env, "status = $5, colour = $6", ScoreStatus.FINAL.name(), e.colour().name());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> update(SqlClient tx, EventEnvelope env, String set, Object... values) {
        String[] key = env.streamId().split(":", 2);
        Tuple t = Tuple.tuple();
        t.addValue(key[0]).addValue(key[1]).addValue(at(env)).addValue(env.actor());
        for (Object v : values) t.addValue(v);
        return run(tx, "UPDATE score SET updated_at = $3, updated_by = $4, version = " + env.streamVersion() + ", " + set
                + " WHERE round_id = $1 AND characteristic_code = $2", t);
    }

    private static Uni<Void> run(SqlClient tx, String sql, Tuple args) {
        return tx.preparedQuery(sql).execute(args).replaceWithVoid();
    }

    private static OffsetDateTime at(EventEnvelope e) {
        return e.occurredAt().atOffset(ZoneOffset.UTC);
    }
}
