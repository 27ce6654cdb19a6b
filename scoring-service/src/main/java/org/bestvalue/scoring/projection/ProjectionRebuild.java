package org.bestvalue.scoring.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.scoring.application.ScoringAggregates;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds one council's rows of the scoring query tables from the events table alone (DESIGN.md §4.7),
 * in one transaction that locks the tables against the inline projection meanwhile, so readers see the
 * old rows or the new.
 */
@ApplicationScoped
public class ProjectionRebuild {
    private static final int BATCH = 1000;

    @Inject
    Pool pool;
    @Inject
    EventStore store;
    @Inject
    ScoringProjection projection;

    /** @return how many of the council's round and score events were replayed */
    public Uni<Long> rebuild(String councilId) {
        AtomicLong replayed = new AtomicLong();
        return pool.withTransaction(tx -> tx.query("LOCK TABLE scoring_round, reviewer_assignment, score IN EXCLUSIVE MODE").execute()
                .chain(() -> tx.preparedQuery("DELETE FROM score WHERE council_id = $1").execute(Tuple.of(councilId)))
                .chain(() -> tx.preparedQuery("DELETE FROM reviewer_assignment WHERE council_id = $1").execute(Tuple.of(councilId)))
                .chain(() -> tx.preparedQuery("DELETE FROM scoring_round WHERE council_id = $1").execute(Tuple.of(councilId)))
                .chain(() -> store.replayAll(tx, BATCH, batch -> {
                    List<EventEnvelope> mine = batch.stream().filter(e -> councilId.equals(e.councilId())
                            && (ScoringAggregates.ROUND.equals(e.streamType()) || ScoringAggregates.SCORE.equals(e.streamType()))).toList();
                    replayed.addAndGet(mine.size());
                    return projection.applyAll(tx, mine);
                })))
                .map(ignored -> replayed.get());
    }
}
