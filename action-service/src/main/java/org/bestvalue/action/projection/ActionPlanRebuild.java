package org.bestvalue.action.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.action.application.ActionAggregates;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.rebuild.ProjectionRebuild;

import java.util.List;
import java.util.Set;

/**
 * {@code opportunity_view} and {@code action_view}, rebuilt from the opportunity and action events: each stream a
 * replayed batch touches is re-folded and its whole row written, as an append does
 * ({@code POST /admin/projections/rebuild}). The catalogue and score tables are not among them: they are
 * projected from the other services' topics, not from this store.
 */
@ApplicationScoped
public class ActionPlanRebuild extends ProjectionRebuild {
    @Inject
    ActionPlanProjection projection;

    public ActionPlanRebuild() {
        super(List.of("action_view", "opportunity_view"), Set.of(ActionAggregates.OPPORTUNITY, ActionAggregates.ACTION));
    }

    @Override
    protected Uni<Void> replay(SqlConnection tx, List<EventEnvelope> events) {
        return projection.inline().apply(tx, events);
    }
}
