package org.bestvalue.scoring.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventCodec;
import org.bestvalue.eventkit.store.AggregateStore;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.scoring.round.ScoringRound;
import org.bestvalue.scoring.round.ScoringRoundCommand;
import org.bestvalue.scoring.round.ScoringRoundDecider;
import org.bestvalue.scoring.round.ScoringRoundEvent;
import org.bestvalue.scoring.score.Score;
import org.bestvalue.scoring.score.ScoreCommand;
import org.bestvalue.scoring.score.ScoreDecider;
import org.bestvalue.scoring.score.ScoreEvent;

/**
 * The AggregateStore wiring of the scoring service's two aggregates. A round's lifecycle and reviewer assignments live in one
 * {@code round} stream; each characteristic's score lives in its own {@code score} stream
 * ({@code <roundId>:<code>}), so seven reviewers scoring at once never conflict.
 */
@ApplicationScoped
public class ScoringAggregates {
    public static final String ROUND = "round";
    public static final String SCORE = "score";

    private final AggregateStore<ScoringRoundCommand, ScoringRoundEvent, ScoringRound> rounds;
    private final AggregateStore<ScoreCommand, ScoreEvent, Score> scores;

    @Inject
    public ScoringAggregates(EventStore store, ObjectMapper mapper) {
        this.rounds = new AggregateStore<>(store, new ScoringRoundDecider(), new EventCodec<>(ScoringRoundEvent.class, mapper), ROUND);
        this.scores = new AggregateStore<>(store, new ScoreDecider(), new EventCodec<>(ScoreEvent.class, mapper), SCORE);
    }

    public static String scoreId(String roundId, String characteristicCode) {
        return roundId + ":" + characteristicCode;
    }

    public AggregateStore<ScoringRoundCommand, ScoringRoundEvent, ScoringRound> rounds() {
        return rounds;
    }

    public AggregateStore<ScoreCommand, ScoreEvent, Score> scores() {
        return scores;
    }
}
