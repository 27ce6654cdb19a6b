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
import java.util.function.Predicate;
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
        return rebuild("WHERE council_id = $1", Tuple.of(councilId), e -> councilId.equals(e.councilId()));
    }

    /** The platform operator's rebuild: every council's rows. @return how many round and score events were replayed */
    public Uni<Long> rebuildEveryCouncil() {
        return rebuild("", Tuple.tuple(), e -> true);
    }

    private Uni<Long> rebuild(String where, Tuple args, Predicate<EventEnvelope> council) {
        AtomicLong replayed = new AtomicLong();
        return pool.withTransaction(tx -> tx.query("LOCK TABLE scoring_round, reviewer_assignment, score IN EXCLUSIVE MODE").execute()
                .chain(() -> tx.preparedQuery("DELETE FROM score " + where).execute(args))
                .chain(() -> tx.preparedQuery("DELETE FROM reviewer_assignment " + where).execute(args))
                .chain(() -> tx.preparedQuery("DELETE FROM scoring_round " + where).execute(args))
                .chain(() -> store.replayAll(tx, BATCH, batch -> {
                    List<EventEnvelope> mine = batch.stream().filter(e -> council.test(e)
                            && (ScoringAggregates.ROUND.equals(e.streamType()) || ScoringAggregates.SCORE.equals(e.streamType()))).toList();
                    replayed.addAndGet(mine.size());
                    return projection.applyAll(tx, mine);
                })))
                .map(ignored -> replayed.get());
    }
}
