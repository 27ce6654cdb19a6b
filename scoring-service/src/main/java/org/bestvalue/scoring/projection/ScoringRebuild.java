package org.bestvalue.scoring.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.rebuild.ProjectionRebuild;
import org.bestvalue.scoring.application.ScoringAggregates;

import java.util.List;
import java.util.Set;

/**
 * The rounds, assignments and scores query tables, rebuilt from the round and score events alone through the
 * projection the appends use ({@code POST /admin/projections/rebuild}). The scoring view of the assessment is
 * not among them: it is projected from assessment's topic, not from this store.
 */
@ApplicationScoped
public class ScoringRebuild extends ProjectionRebuild {
    @Inject
    ScoringProjection projection;

    public ScoringRebuild() {
        super(List.of("score", "reviewer_assignment", "scoring_round"), Set.of(ScoringAggregates.ROUND, ScoringAggregates.SCORE));
    }

    @Override
    protected Uni<Void> replay(SqlConnection tx, List<EventEnvelope> events) {
        return projection.applyAll(tx, events);
    }
}
