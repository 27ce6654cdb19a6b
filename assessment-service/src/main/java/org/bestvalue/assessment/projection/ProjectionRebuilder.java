package org.bestvalue.assessment.projection;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.EventStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Rebuilds the query tables from the events table (DESIGN.md §4.7): empties them and replays every event
 * through the same projection the appends use, in one transaction, so readers never see a half-built
 * table. Runs at start when {@code assessment.projections.rebuild-at-start=true}.
 */
@ApplicationScoped
public class ProjectionRebuilder {
    private static final Logger LOG = Logger.getLogger(ProjectionRebuilder.class);
    private static final int PAGE = 1000;

    @Inject
    Pool pool;
    @Inject
    EventStore eventStore;
    @Inject
    AssessmentProjection projection;
    @ConfigProperty(name = "assessment.projections.rebuild-at-start", defaultValue = "false")
    boolean rebuildAtStart;

    void onStart(@Observes StartupEvent ignored) {
        if (rebuildAtStart) {
            long n = rebuild().await().atMost(Duration.ofMinutes(10));
            LOG.infof("Rebuilt the query tables from %d events", n);
        }
    }

    /** @return the number of events replayed */
    public Uni<Long> rebuild() {
        return pool.withTransaction(tx -> tx.query("TRUNCATE framework_versions, cycles, narratives, evidence_items, narrative_evidence")
                .execute().chain(() -> replay(tx, 0L, 0L)));
    }

    private Uni<Long> replay(SqlConnection tx, long after, long count) {
        return tx.preparedQuery("SELECT position, event_id, council_id, stream_type, stream_id, stream_version, event_type, schema_version, "
                        + "occurred_at, actor, correlation_id, causation_id, data::text AS data FROM events WHERE position > $1 "
                        + "ORDER BY position LIMIT $2")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(after, PAGE))
                .chain(rs -> {
                    if (rs.size() == 0) return Uni.createFrom().item(count);
                    long last = after;
                    List<EventEnvelope> events = new java.util.ArrayList<>();
                    for (var r : rs) {
                        last = r.getLong("position");
                        events.add(eventStore.toEnvelope(r));
                    }
                    long upTo = last;
                    return apply(tx, events).chain(() -> replay(tx, upTo, count + events.size()));
                });
    }

    private Uni<Void> apply(SqlConnection tx, List<EventEnvelope> events) {
        return projection.apply(tx, events);
    }
}
