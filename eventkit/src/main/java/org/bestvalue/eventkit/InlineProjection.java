package org.bestvalue.eventkit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;

/**
 * Updates a service's own query tables in the transaction that appends the events, so they are never
 * ahead of or behind the store. Such tables are projections: rebuildable from the events table.
 */
@FunctionalInterface
public interface InlineProjection {
    InlineProjection NONE = (tx, events) -> Uni.createFrom().voidItem();

    Uni<Void> apply(SqlConnection tx, List<EventEnvelope> events);

    /** A projection that writes each event's rows on its own, in the order the events were appended. */
    interface EachEvent extends InlineProjection {
        Uni<Void> apply(SqlConnection tx, EventEnvelope event);

        @Override
        default Uni<Void> apply(SqlConnection tx, List<EventEnvelope> events) {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (EventEnvelope e : events) chain = chain.chain(() -> apply(tx, e));
            return chain;
        }
    }
}
