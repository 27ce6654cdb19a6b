package org.bestvalue.scoring.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.EventStore;

import java.util.List;

/**
 * Rebuilds one council's rows of the scoring query tables from the events table alone (DESIGN.md §4.7),
 * in one transaction that locks the tables against the inline projection meanwhile, so readers see the
 * old rows or the new.
 */
@ApplicationScoped
public class ProjectionRebuild {
    private static final int PAGE = 1000;

    @Inject
    Pool pool;
    @Inject
    EventStore store;
    @Inject
    ScoringProjection projection;

    /** @return how many events were replayed */
    public Uni<Long> rebuild(String councilId) {
        return pool.withTransaction(tx -> tx.query("LOCK TABLE scoring_round, reviewer_assignment, score IN EXCLUSIVE MODE").execute()
                .chain(() -> tx.preparedQuery("DELETE FROM score WHERE council_id = $1").execute(Tuple.of(councilId)))
                .chain(() -> tx.preparedQuery("DELETE FROM reviewer_assignment WHERE council_id = $1").execute(Tuple.of(councilId)))
                .chain(() -> tx.preparedQuery("DELETE FROM scoring_round WHERE council_id = $1").execute(Tuple.of(councilId)))
                .chain(() -> replay(tx, councilId, 0L, 0L)));
    }

    private Uni<Long> replay(SqlConnection tx, String councilId, long after, long replayed) {
        return tx.preparedQuery("SELECT position, event_id, council_id, stream_type, stream_id, stream_version, event_type, "
                        + "schema_version, occurred_at, actor, correlation_id, causation_id, data::text AS data FROM events "
                        + "WHERE council_id = $1 AND position > $2 AND stream_type IN ('round', 'score') ORDER BY position LIMIT $3")
                .execute(Tuple.of(councilId, after, PAGE))
                .chain(rs -> {
                    if (rs.size() == 0) return Uni.createFrom().item(replayed);
                    long last = 0;
                    for (var row : rs) last = row.getLong("position");
                    List<EventEnvelope> events = store.toEnvelopes(rs);
                    long next = last;
                    return projection.applyAll(tx, events).chain(() -> replay(tx, councilId, next, replayed + events.size()));
                });
    }
}
